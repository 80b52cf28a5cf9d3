import type { ArchivedFilter, ProspectFilter, TargetGroup } from '../../gql/graphql';

/**
 * The one filter of Magnet (the API's ProspectFilter) as the client keeps it: every list field
 * present (empty = no narrowing), ids sorted, so two filters that mean the same are equal and
 * give the same cache key. It lives in the address, so a view is shared by its link.
 */
export interface FilterValues {
  focusAreaIds: string[];
  stageIds: string[];
  ownerIds: string[];
  targetMunicipalities: string[];
  municipalities: string[];
  targetGroups: TargetGroup[];
  archived: ArchivedFilter | null;
  text: string;
}

export type ListField = 'focusAreaIds' | 'stageIds' | 'ownerIds' | 'targetMunicipalities' | 'municipalities' | 'targetGroups';

export const targetGroups: readonly TargetGroup[] = ['EXPANDING_COMPANY', 'COST_SEEKING_SME', 'PUBLIC_RELOCATION', 'LOCAL_GROWTH'];
const archivedValues: readonly ArchivedFilter[] = ['ACTIVE', 'ARCHIVED', 'ALL'];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const municipalityNumber = /^\d{4}$/;

/** Each list field: its parameter in the address (repeated: `?focus=a&focus=b`) and what a value must look like. */
const listFields: Record<ListField, { param: string; valid: (value: string) => boolean }> = {
  focusAreaIds: { param: 'focus', valid: (v) => uuid.test(v) },
  stageIds: { param: 'stage', valid: (v) => uuid.test(v) },
  ownerIds: { param: 'owner', valid: (v) => uuid.test(v) },
  targetMunicipalities: { param: 'target', valid: (v) => municipalityNumber.test(v) },
  municipalities: { param: 'municipality', valid: (v) => municipalityNumber.test(v) },
  targetGroups: { param: 'group', valid: (v) => targetGroups.includes(v as TargetGroup) },
};
const listFieldNames = Object.keys(listFields) as ListField[];
/** The free text keeps the `q` it always had, so old links still work. */
const textParam = 'q';
const archivedParam = 'archived';

/** Every parameter the filter owns; anything else in the address (e.g. the list's sort) is left alone. */
export const filterParams: readonly string[] = [...listFieldNames.map((f) => listFields[f].param), textParam, archivedParam];

export const emptyFilter: FilterValues = {
  focusAreaIds: [],
  stageIds: [],
  ownerIds: [],
  targetMunicipalities: [],
  municipalities: [],
  targetGroups: [],
  archived: null,
  text: '',
};

// Values that cannot mean anything (a mistyped link) are dropped rather than sent to the server to be refused.
function cleanList(field: ListField, values: readonly unknown[]): string[] {
  const valid = values.filter((v): v is string => typeof v === 'string' && listFields[field].valid(v));
  return [...new Set(valid)].sort();
}

function cleanArchived(value: unknown): ArchivedFilter | null {
  return archivedValues.includes(value as ArchivedFilter) ? (value as ArchivedFilter) : null;
}

/** The filter in an address's query string. */
export function filterFromSearchParams(params: URLSearchParams): FilterValues {
  const filter: FilterValues = { ...emptyFilter, text: params.get(textParam) ?? '', archived: cleanArchived(params.get(archivedParam)) };
  for (const field of listFieldNames) {
    (filter[field] as string[]) = cleanList(field, params.getAll(listFields[field].param));
  }
  return filter;
}

/** `params` with the filter's parameters replaced by `filter` (other parameters kept). */
export function withFilter(params: URLSearchParams, filter: FilterValues): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of filterParams) next.delete(name);
  for (const field of listFieldNames) {
    for (const value of filter[field]) next.append(listFields[field].param, value);
  }
  if (filter.text) next.set(textParam, filter.text);
  if (filter.archived) next.set(archivedParam, filter.archived);
  return next;
}

/** A filter from a saved view (JSON as the server keeps it), cleaned like one from an address. */
export function filterFromJson(json: Record<string, unknown>): FilterValues {
  const filter: FilterValues = {
    ...emptyFilter,
    text: typeof json.text === 'string' ? json.text : '',
    archived: cleanArchived(json.archived),
  };
  for (const field of listFieldNames) {
    const values = json[field];
    (filter[field] as string[]) = Array.isArray(values) ? cleanList(field, values) : [];
  }
  return filter;
}

/** The filter as the API takes it: only the fields that narrow, always in the same order. */
export function toProspectFilter(filter: FilterValues): ProspectFilter {
  const input: ProspectFilter = {};
  for (const field of listFieldNames) {
    if (filter[field].length > 0) (input[field] as string[]) = [...filter[field]];
  }
  const text = filter.text.trim();
  if (text) input.text = text;
  if (filter.archived) input.archived = filter.archived;
  return input;
}

/** Whether the filter narrows anything. */
export function isFiltered(filter: FilterValues): boolean {
  return Object.keys(toProspectFilter(filter)).length > 0;
}

export function sameFilter(a: FilterValues, b: FilterValues): boolean {
  return JSON.stringify(toProspectFilter(a)) === JSON.stringify(toProspectFilter(b));
}

/** `values` with `value` added, or taken out when it is there (a chip or a checkbox toggled). */
export function toggled<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort();
}
