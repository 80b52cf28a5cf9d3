import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, type Page } from '../../shared/graphql/connection';
import { badInput, notFound } from '../../shared/graphql/errors';
import { parseInput } from '../../shared/validation';
import { formatOrgNumber } from '../prospect/org-number';
import type { Prospect } from '../prospect/prospect.entity';
import { createProspectSchema } from '../prospect/prospect.inputs';
import { ProspectService } from '../prospect/prospect.service';
import { RegisterCompany } from './register-company.entity';

export interface CandidateFilterValues {
  industryPrefixes: string[];
  minEmployees: number | null;
  /** Current numbers. */
  municipalities: string[];
  includeInactive: boolean;
}

const sortKey = 'coalesce(r.employees, -1)';

/**
 * New prospects: companies of the register copy that are not companies in
 * Magnet. Matched by organisation number against every company, archived ones
 * too: an archived company was looked at and set aside, so it is "already known"
 * (restore it to take it up again).
 */
export class ProspectCandidateService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null = null,
  ) {}

  /** Biggest employers first (unknown counts last), then by organisation number. */
  async list(filter: CandidateFilterValues, first: number, after: string | null): Promise<Page<RegisterCompany>> {
    const base = () => {
      const qb = this.em
        .createQueryBuilder(RegisterCompany, 'r')
        .where('NOT EXISTS (SELECT 1 FROM prospects p WHERE p.org_number = r.org_number)');
      if (!filter.includeInactive) qb.andWhere('r.deleted_on IS NULL AND NOT r.bankrupt AND NOT r.under_liquidation');
      if (filter.municipalities.length) qb.andWhere('r.municipality IN (:...municipalities)', { municipalities: filter.municipalities });
      if (filter.industryPrefixes.length) {
        const params = Object.fromEntries(filter.industryPrefixes.map((p, i) => [`prefix${i}`, `${p}%`]));
        qb.andWhere(`(${Object.keys(params).map((name) => `r.industry_code LIKE :${name}`).join(' OR ')})`, params);
      }
      if (filter.minEmployees !== null) qb.andWhere('r.employees >= :minEmployees', { minEmployees: filter.minEmployees });
      return qb;
    };

    const qb = base();
    if (after) {
      const [employees, orgNumber] = decodeCursor(after) ?? [];
      if (!Number.isInteger(employees) || typeof orgNumber !== 'string' || !/^\d{9}$/.test(orgNumber)) {
        throw badInput('Ugyldig markør (after). Hent første side på nytt.', 'after');
      }
      qb.andWhere(`(${sortKey} < :employees OR (${sortKey} = :employees AND r.org_number > :orgNumber))`, { employees, orgNumber });
    }
    const rows = await qb.orderBy(sortKey, 'DESC').addOrderBy('r.org_number', 'ASC').limit(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((r) => encodeCursor([r.employees ?? -1, r.orgNumber])),
      hasNextPage: rows.length > first,
      count: () => base().getCount(),
    };
  }

  /** Makes a register entity a company in the first stage, with the register's fields (audited by ProspectService). */
  async createProspect(id: string, orgNumber: string, focusAreaIds: string[]): Promise<Prospect> {
    const entity = await this.em.findOneBy(RegisterCompany, { orgNumber });
    if (!entity) throw notFound('virksomheten i kopien av Enhetsregisteret');
    const [known] = await this.em.query(`SELECT name, archived_at FROM prospects WHERE org_number = $1 ORDER BY archived_at NULLS FIRST LIMIT 1`, [orgNumber]);
    if (known) {
      throw badInput(
        known.archived_at
          ? `${formatOrgNumber(orgNumber)} er allerede registrert som ${known.name} (arkivert). Gjenopprett bedriften i stedet.`
          : `${formatOrgNumber(orgNumber)} er allerede en bedrift i Magnet: ${known.name}.`,
        'orgNumber',
      );
    }
    const values = parseInput(createProspectSchema, {
      name: entity.name, orgNumber, website: entity.website, industryCode: entity.industryCode, industryText: entity.industryText,
      legalForm: entity.legalForm, employees: entity.employees, address: entity.address, postalCode: entity.postalCode,
      postalPlace: entity.postalPlace, municipality: entity.municipality, source: 'Enhetsregisteret', focusAreaIds,
    });
    return new ProspectService(this.em, this.actorId).create(id, values);
  }
}
