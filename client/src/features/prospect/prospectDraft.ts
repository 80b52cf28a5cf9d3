import type { TFunction } from 'i18next';
import type { CreateProspectInput, TargetGroup } from '../../gql/graphql';
import { parseCount } from '../../shared/format/parseCount';

/** The programme's four target groups, in the order the application lists them. */
export const targetGroups: readonly TargetGroup[] = [
  'EXPANDING_COMPANY',
  'COST_SEEKING_SME',
  'PUBLIC_RELOCATION',
  'LOCAL_GROWTH',
];

/** A company's details as typed in a form: text as typed, numbers too, until it is sent. */
export interface ProspectDraft {
  orgNumber: string;
  name: string;
  legalForm: string;
  industryCode: string;
  industryText: string;
  /** Empty when unknown, which is not 0. */
  employees: string;
  address: string;
  postalCode: string;
  postalPlace: string;
  /** Municipality number of the company's address. */
  municipality: string;
  /** Its name, when known (shown only; the number is what is stored). */
  municipalityName: string;
  website: string;
  focusAreaIds: string[];
  targetGroup: TargetGroup | '';
  targetMunicipality: string;
  ownerId: string;
  source: string;
  estimatedJobs: string;
  /** åååå-mm-dd, as `<input type="date">` gives it. */
  expectedDecisionDate: string;
}

export type DraftField = keyof ProspectDraft;

export function emptyDraft(ownerId: string): ProspectDraft {
  return {
    orgNumber: '',
    name: '',
    legalForm: '',
    industryCode: '',
    industryText: '',
    employees: '',
    address: '',
    postalCode: '',
    postalPlace: '',
    municipality: '',
    municipalityName: '',
    website: '',
    focusAreaIds: [],
    targetGroup: '',
    targetMunicipality: '',
    ownerId,
    source: '',
    estimatedJobs: '',
    expectedDecisionDate: '',
  };
}

/** What the register tells about a company (lookup or search hit). */
export interface RegisterFill {
  orgNumber: string;
  name: string;
  legalForm?: string | null;
  industryCode?: string | null;
  industryText?: string | null;
  employees?: number | null;
  website?: string | null;
  address?: string | null;
  postalCode?: string | null;
  postalPlace?: string | null;
  municipalityNumber?: string | null;
  municipalityName?: string | null;
}

/** The register's facts about the company replace those in the draft; Magnet's own fields stay. */
export function withRegisterFill(draft: ProspectDraft, entity: RegisterFill): ProspectDraft {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    ...draft,
    // Keep the number as the user typed it if it is the same number (spaces allowed).
    orgNumber: compactOrgNumber(draft.orgNumber) === entity.orgNumber ? draft.orgNumber : entity.orgNumber,
    name: entity.name,
    legalForm: text(entity.legalForm),
    industryCode: text(entity.industryCode),
    industryText: text(entity.industryText),
    employees: entity.employees == null ? '' : String(entity.employees),
    website: text(entity.website),
    address: text(entity.address),
    postalCode: text(entity.postalCode),
    postalPlace: text(entity.postalPlace),
    municipality: text(entity.municipalityNumber),
    municipalityName: entity.municipalityName ? titleCase(entity.municipalityName) : '',
  };
}

/** A company as the server has it, for an edit form to start from. */
export interface ProspectRecord {
  name: string;
  orgNumber?: string | null;
  legalForm?: string | null;
  industryCode?: string | null;
  industryText?: string | null;
  employees?: number | null;
  address?: string | null;
  postalCode?: string | null;
  postalPlace?: string | null;
  municipality?: { number: string; name?: string | null } | null;
  website?: string | null;
  focusAreas: { id: string }[];
  targetGroup?: TargetGroup | null;
  targetMunicipality?: { number: string } | null;
  owner?: { id: string } | null;
  source?: string | null;
  estimatedJobs?: number | null;
  expectedDecisionDate?: string | null;
}

export function draftFromRecord(p: ProspectRecord): ProspectDraft {
  const text = (value: string | null | undefined) => value ?? '';
  const count = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    orgNumber: text(p.orgNumber),
    name: p.name,
    legalForm: text(p.legalForm),
    industryCode: text(p.industryCode),
    industryText: text(p.industryText),
    employees: count(p.employees),
    address: text(p.address),
    postalCode: text(p.postalCode),
    postalPlace: text(p.postalPlace),
    municipality: p.municipality?.number ?? '',
    municipalityName: p.municipality?.name ?? '',
    website: text(p.website),
    focusAreaIds: p.focusAreas.map((area) => area.id),
    targetGroup: p.targetGroup ?? '',
    targetMunicipality: p.targetMunicipality?.number ?? '',
    ownerId: p.owner?.id ?? '',
    source: text(p.source),
    estimatedJobs: count(p.estimatedJobs),
    expectedDecisionDate: text(p.expectedDecisionDate),
  };
}

export type ProspectValues = Omit<CreateProspectInput, 'stageId'>;

export const compactOrgNumber = (value: string) => value.replace(/[\s\u00a0\u202f]/g, '');

/**
 * The draft as API input, or what must be fixed first (by field). Empty texts are null, which
 * clears a field in an update.
 */
export function readDraft(
  draft: ProspectDraft,
  t: TFunction,
): { values: ProspectValues; problems: Partial<Record<DraftField, string>> } {
  const problems: Partial<Record<DraftField, string>> = {};
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const count = (field: 'employees' | 'estimatedJobs') => {
    const value = parseCount(draft[field]);
    if (Number.isNaN(value)) problems[field] = t('prospect.problems.notACount');
    return Number.isNaN(value) ? null : value;
  };
  if (!draft.name.trim()) problems.name = t('prospect.problems.nameMissing');
  const values: ProspectValues = {
    orgNumber: text(compactOrgNumber(draft.orgNumber)),
    name: draft.name.trim(),
    legalForm: text(draft.legalForm),
    industryCode: text(draft.industryCode),
    industryText: text(draft.industryText),
    employees: count('employees'),
    address: text(draft.address),
    postalCode: text(draft.postalCode),
    postalPlace: text(draft.postalPlace),
    municipality: text(draft.municipality),
    website: text(draft.website),
    focusAreaIds: draft.focusAreaIds,
    targetGroup: draft.targetGroup || null,
    targetMunicipality: text(draft.targetMunicipality),
    ownerId: text(draft.ownerId),
    source: text(draft.source),
    estimatedJobs: count('estimatedJobs'),
    expectedDecisionDate: text(draft.expectedDecisionDate),
  };
  return { values, problems };
}

const sameValue = (a: ProspectDraft[DraftField], b: ProspectDraft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;

/** The fields the user changed since `base` (the municipality's shown name follows its number). */
export function changedFields(base: ProspectDraft, draft: ProspectDraft): DraftField[] {
  return (Object.keys(draft) as DraftField[]).filter(
    (field) => field !== 'municipalityName' && !sameValue(base[field], draft[field]),
  );
}

/** `latest` with the user's own changes (since `base`) put back on top: "keep my changes". */
export function reapplyChanges(latest: ProspectDraft, base: ProspectDraft, draft: ProspectDraft): ProspectDraft {
  const merged: ProspectDraft = { ...latest };
  for (const field of changedFields(base, draft)) Object.assign(merged, { [field]: draft[field] });
  if (changedFields(base, draft).includes('municipality')) merged.municipalityName = draft.municipalityName;
  return merged;
}

/** Only the changed fields of the input, for an update: what others changed meanwhile stays. */
export function changedValues(values: ProspectValues, fields: DraftField[]): Partial<ProspectValues> {
  const picked: Partial<ProspectValues> = {};
  for (const field of fields) {
    if (field in values) Object.assign(picked, { [field]: values[field as keyof ProspectValues] });
  }
  return picked;
}

/** ELVERUM → Elverum, STOR-ELVDAL → Stor-Elvdal (the register writes names in capitals). */
function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('nb'));
}
