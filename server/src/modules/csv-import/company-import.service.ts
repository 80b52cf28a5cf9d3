import { In, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../shared/graphql/errors';
import { diffOf, recordAudit } from '../audit/audit.service';
import { normalizeOrgNumber } from '../prospect/org-number';
import { Prospect } from '../prospect/prospect.entity';
import type { CreateProspectValues, UpdateProspectValues } from '../prospect/prospect.inputs';
import { ProspectService } from '../prospect/prospect.service';
import type { ColumnMappingValue } from './company-import.fields';
import { CompanyImport } from './company-import.entity';
import { parseCompanyCsv, type ImportRow } from './company-import.parse';
import {
  CompanyImportDuplicateKind,
  CompanyImportOutcome,
  DuplicateHandling,
  type CompanyImportDuplicate,
  type CompanyImportLine,
  type CompanyImportPreview,
  type CompanyImportReportValues,
} from './company-import.types';

/** Text columns of a new company, with the CreateProspectValues key that fills each. */
const textColumns = [
  ['name', 'name'], ['org_number', 'orgNumber'], ['website', 'website'], ['industry_code', 'industryCode'], ['industry_text', 'industryText'],
  ['legal_form', 'legalForm'], ['address', 'address'], ['postal_code', 'postalCode'], ['postal_place', 'postalPlace'],
  ['municipality', 'municipality'], ['target_municipality', 'targetMunicipality'], ['source', 'source'],
] as const;

/** CSV import of companies: a preview that writes nothing, and an all-or-nothing commit. */
export class CompanyImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
  ) {}

  async preview(csv: string, mapping: ColumnMappingValue[] | null): Promise<CompanyImportPreview> {
    const parsed = parseCompanyCsv(csv, mapping);
    return {
      ...parsed,
      rowCount: parsed.rows.length,
      rows: parsed.rows.slice(0, 20).map((r) => ({ line: r.line, ...r.cells })),
      duplicates: await this.duplicates(parsed.rows),
      canCommit: parsed.issues.length === 0,
    };
  }

  /**
   * Writes every row or none: call inside one transaction. Refused while the
   * file has issues. Each created company gets its first stage-change entry and
   * an audit entry; merges into active companies are ProspectService updates.
   */
  async commit(importId: string, csv: string, mapping: ColumnMappingValue[] | null, handling: DuplicateHandling): Promise<CompanyImportReportValues> {
    const parsed = parseCompanyCsv(csv, mapping);
    if (parsed.issues.length) {
      const [first] = parsed.issues;
      throw new AppError(
        'BAD_USER_INPUT',
        `Fila har ${parsed.issues.length} feil (første: linje ${first!.line}: ${first!.message}). Rett dem og prøv igjen. Ingenting er lagret.`,
        { issues: parsed.issues.slice(0, 200) },
      );
    }
    const existing = await this.activeByOrgNumber(parsed.rows.map((r) => r.values!.orgNumber));
    const toCreate = new Map<string, { id: string; values: CreateProspectValues }>();
    const toMerge: { id: string; values: CreateProspectValues }[] = [];
    const lines: CompanyImportLine[] = [];
    for (const { line, values } of parsed.rows) {
      const orgNumber = values!.orgNumber;
      const target = orgNumber ? existing.get(orgNumber)?.id : undefined;
      if (!target) {
        const id = crypto.randomUUID();
        toCreate.set(id, { id, values: { ...values!, source: values!.source ?? 'CSV-import' } });
        // A later row with the same number is a duplicate of this one.
        if (orgNumber) existing.set(orgNumber, { id, name: values!.name });
        lines.push({ line, outcome: CompanyImportOutcome.CREATED, prospectId: id });
      } else if (handling === DuplicateHandling.SKIP) {
        lines.push({ line, outcome: CompanyImportOutcome.SKIPPED, prospectId: target });
      } else {
        // Only the cells the row fills (zod leaves the empty ones out): the rest of the company stays.
        const created = toCreate.get(target);
        if (created) Object.assign(created.values, values);
        else toMerge.push({ id: target, values: values! });
        lines.push({ line, outcome: CompanyImportOutcome.MERGED, prospectId: target });
      }
    }
    await this.createMany([...toCreate.values()]);
    const prospects = new ProspectService(this.em, this.actorId);
    for (const { id, values } of toMerge) {
      const [{ version }] = await this.em.query(`SELECT version FROM prospects WHERE id = $1`, [id]);
      await prospects.update({ ...values, id, version } as UpdateProspectValues);
    }
    const count = (outcome: CompanyImportOutcome) => lines.filter((l) => l.outcome === outcome).length;
    const report = { id: importId, created: count(CompanyImportOutcome.CREATED), merged: count(CompanyImportOutcome.MERGED), skipped: count(CompanyImportOutcome.SKIPPED), lines };
    await this.em.insert(CompanyImport, { id: importId, importedById: this.actorId, report });
    await recordAudit(this.em, {
      actorId: this.actorId, action: 'IMPORT', entity: 'CompanyImport', entityId: importId,
      diff: { created: { before: null, after: report.created }, merged: { before: null, after: report.merged }, skipped: { before: null, after: report.skipped } },
    });
    return report;
  }

  /**
   * New companies by the rules of ProspectService.create (the first open stage,
   * the end of its column, the first stage-change entry, a CREATE audit entry
   * with the same diff), a few statements per thousand rows instead of eight per row.
   */
  private async createMany(rows: { id: string; values: CreateProspectValues }[]): Promise<void> {
    const [stage] = await this.em.query(`SELECT id FROM stages WHERE category = 'OPEN' ORDER BY position LIMIT 1`);
    const [{ max }] = await this.em.query(`SELECT coalesce(max(position), 0) AS max FROM prospects WHERE stage_id = $1`, [stage.id]);
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000);
      const ids = batch.map((r) => r.id);
      const column = (key: (typeof textColumns)[number][1] | 'employees' | 'estimatedJobs') => batch.map((r) => r.values[key] ?? null);
      await this.em.query(
        `INSERT INTO prospects (id, ${textColumns.map(([c]) => c).join(', ')}, employees, estimated_jobs, stage_id, position)
         SELECT t.id, ${textColumns.map(([c]) => `t.${c}`).join(', ')}, t.employees, t.estimated_jobs, $${textColumns.length + 4}, $${textColumns.length + 5} + t.n
           FROM unnest($1::uuid[], ${textColumns.map((_, i) => `$${i + 2}::text[]`).join(', ')}, $${textColumns.length + 2}::int[], $${textColumns.length + 3}::int[])
                WITH ORDINALITY AS t(id, ${textColumns.map(([c]) => c).join(', ')}, employees, estimated_jobs, n)`,
        [ids, ...textColumns.map(([, key]) => column(key)), column('employees'), column('estimatedJobs'), stage.id, Number(max) + start],
      );
      await this.em.query(
        `INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at, changed_by_id)
         SELECT unnest($1::uuid[]), NULL, $2, now(), $3`,
        [ids, stage.id, this.actorId],
      );
      const created = await this.em.findBy(Prospect, { id: In(ids) });
      await this.em.query(
        `INSERT INTO audit_entries (actor_id, action, entity, entity_id, diff)
         SELECT $1, 'CREATE', 'Prospect', unnest($2::text[]), unnest($3::jsonb[])`,
        [this.actorId, created.map((p) => p.id), created.map((p) => JSON.stringify(diffOf(null, { ...p, focusAreaIds: [] })))],
      );
    }
  }

  async report(importId: string): Promise<CompanyImportReportValues> {
    const found = await this.em.findOneBy(CompanyImport, { id: importId });
    if (!found) throw notFound('importen');
    return found.report;
  }

  /** By organisation number: against active companies, and against earlier rows of the file. */
  private async duplicates(rows: ImportRow[]): Promise<CompanyImportDuplicate[]> {
    const numbered = rows.flatMap((r) => {
      const orgNumber = normalizeOrgNumber(r.cells.orgNumber ?? '');
      return orgNumber ? [{ line: r.line, orgNumber }] : [];
    });
    const existing = await this.activeByOrgNumber(numbered.map((r) => r.orgNumber));
    const firstLine = new Map<string, number>();
    const duplicates: CompanyImportDuplicate[] = [];
    for (const { line, orgNumber } of numbered) {
      const first = firstLine.get(orgNumber);
      const company = existing.get(orgNumber);
      if (first !== undefined) {
        duplicates.push({ line, orgNumber, kind: CompanyImportDuplicateKind.REPEATED_IN_FILE, prospectId: null, prospectName: null, firstLine: first });
      } else {
        firstLine.set(orgNumber, line);
        if (company) {
          duplicates.push({ line, orgNumber, kind: CompanyImportDuplicateKind.EXISTING_COMPANY, prospectId: company.id, prospectName: company.name, firstLine: null });
        }
      }
    }
    return duplicates;
  }

  private async activeByOrgNumber(orgNumbers: (string | null | undefined)[]): Promise<Map<string, { id: string; name: string }>> {
    const numbers = [...new Set(orgNumbers.filter((n): n is string => !!n))];
    const rows = numbers.length
      ? await this.em.query<{ id: string; name: string; org_number: string }[]>(
          `SELECT id, name, org_number FROM prospects WHERE archived_at IS NULL AND org_number = ANY($1)`,
          [numbers],
        )
      : [];
    return new Map(rows.map((r) => [r.org_number, { id: r.id, name: r.name }]));
  }
}
