import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { municipalityNumberVariants } from '../municipality/municipalities';
import { ArchivedFilter, type ProspectFilterValues } from './prospect-filter.input';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const nonEmpty = <T>(values: T[] | null | undefined): values is T[] => !!values && values.length > 0;

/** Adds the WHERE clauses of a ProspectFilter to a query over prospects aliased `alias`. */
export function applyProspectFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: ProspectFilterValues,
  alias = 'p',
): SelectQueryBuilder<T> {
  const archived = filter.archived ?? ArchivedFilter.ACTIVE;
  if (archived === ArchivedFilter.ACTIVE) qb.andWhere(`${alias}.archived_at IS NULL`);
  if (archived === ArchivedFilter.ARCHIVED) qb.andWhere(`${alias}.archived_at IS NOT NULL`);

  if (nonEmpty(filter.focusAreaIds)) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM prospect_focus_areas pfa WHERE pfa.prospect_id = ${alias}.id AND pfa.focus_area_id = ANY(:focusAreaIds))`,
      { focusAreaIds: filter.focusAreaIds },
    );
  }
  if (nonEmpty(filter.stageIds)) qb.andWhere(`${alias}.stage_id = ANY(:stageIds)`, { stageIds: filter.stageIds });
  if (nonEmpty(filter.ownerIds)) qb.andWhere(`${alias}.owner_id = ANY(:ownerIds)`, { ownerIds: filter.ownerIds });
  if (nonEmpty(filter.targetMunicipalities)) {
    qb.andWhere(`${alias}.target_municipality = ANY(:targetMunicipalities)`, {
      targetMunicipalities: filter.targetMunicipalities.flatMap(municipalityNumberVariants),
    });
  }
  if (nonEmpty(filter.municipalities)) {
    qb.andWhere(`${alias}.municipality = ANY(:municipalities)`, {
      municipalities: filter.municipalities.flatMap(municipalityNumberVariants),
    });
  }
  if (nonEmpty(filter.targetGroups)) {
    qb.andWhere(`${alias}.target_group = ANY(:targetGroups)`, { targetGroups: filter.targetGroups });
  }

  const text = filter.text?.trim();
  if (text) {
    const digits = text.replace(/\s+/g, '');
    const clauses = [
      `${alias}.name ILIKE :textPattern`,
      `EXISTS (SELECT 1 FROM contacts fc WHERE fc.prospect_id = ${alias}.id AND fc.name ILIKE :textPattern)`,
    ];
    // "952 857 991" and "952857991" both find the company.
    if (/^\d+$/.test(digits)) clauses.push(`${alias}.org_number LIKE :digitsPattern`);
    qb.andWhere(`(${clauses.join(' OR ')})`, { textPattern: likePattern(text), digitsPattern: likePattern(digits) });
  }
  return qb;
}
