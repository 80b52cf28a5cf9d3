import type { TFunction } from 'i18next';
import { intlLocale, type AppLanguage } from '../../shared/i18n/languages';

// Fields of a company and of a contact person the timeline names; bookkeeping is left out.
const prospectFields = [
  'name',
  'orgNumber',
  'legalForm',
  'industryCode',
  'industryText',
  'employees',
  'website',
  'address',
  'postalCode',
  'postalPlace',
  'municipality',
  'targetGroup',
  'targetMunicipality',
  'ownerId',
  'source',
  'estimatedJobs',
  'expectedDecisionDate',
  'focusAreaIds',
] as const;
const contactFields = ['name', 'title', 'email', 'phone', 'doNotContact'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T);

type Change = { before?: unknown; after?: unknown };
const changeOf = (diff: Record<string, unknown>, field: string): Change | undefined => {
  const change = diff[field];
  return typeof change === 'object' && change !== null ? (change as Change) : undefined;
};

/**
 * One edit of the company or of a contact person in a line: "Endret nettsted og ansvarlig",
 * "Kontaktperson lagt til: Kari Nordmann". Values are not repeated (the page shows the current
 * ones, and the audit log keeps the rest).
 */
export function describeEdit(
  event: { action: string; entity: string; diff: Record<string, unknown> },
  t: TFunction,
  language: AppLanguage,
): string {
  const changed = Object.keys(event.diff);
  const list = (labels: string[]) => new Intl.ListFormat(intlLocale[language], { type: 'conjunction' }).format(labels);

  if (event.entity === 'Contact') {
    const name = changeOf(event.diff, 'name');
    const who = String(name?.after ?? name?.before ?? '');
    if (event.action === 'CREATE') return t('prospect.timeline.contactCreated', { name: who });
    if (event.action === 'DELETE') return t('prospect.timeline.contactDeleted', { name: who });
    const labels = changed
      .filter((f) => isOneOf(contactFields, f))
      .map((f) => t(`prospect.timeline.contactFields.${f as (typeof contactFields)[number]}`));
    return labels.length
      ? t('prospect.timeline.contactUpdated', { fields: list(labels) })
      : t('prospect.timeline.contactUpdatedPlain');
  }

  if (event.action === 'CREATE') return t('prospect.timeline.created');
  if (event.action === 'ARCHIVE') return t('prospect.timeline.archived');
  if (event.action === 'RESTORE') return t('prospect.timeline.restored');
  const labels = changed
    .filter((f) => isOneOf(prospectFields, f))
    .map((f) => t(`prospect.timeline.fields.${f as (typeof prospectFields)[number]}`));
  return labels.length ? t('prospect.timeline.updated', { fields: list(labels) }) : t('prospect.timeline.updatedPlain');
}
