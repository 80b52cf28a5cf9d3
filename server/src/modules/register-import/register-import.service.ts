import type { EntityManager } from 'typeorm';
import { AppError } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import type { RegisterEntity } from '../brreg/brreg.types';
import { CsvFormatError } from '../csv-import/csv-records';
import { readRegisterFile, RegisterFileError, type RegisterFileProgress } from './register-file';
import { RegisterImport, RegisterImportSource } from './register-import.entity';
import { scopeSql, type RegisterScope } from './register-scope';

export interface RegisterImportProgress extends RegisterFileProgress {
  /** Size of the file, when known (a CLI file; an upload with Content-Length). */
  totalBytes: number | null;
}

export interface RunRegisterImportOptions {
  scope: RegisterScope;
  source: RegisterImportSource;
  fileName?: string | null;
  actorId?: string | null;
  totalBytes?: number | null;
  /** Called a few times a second while the file streams. */
  onProgress?: (progress: RegisterImportProgress) => void;
}

/** Rows per INSERT while staging: memory stays flat however big the file is. */
const batchSize = 1000;

/** The columns of register_entities that hold register data (content_hash covers exactly these). */
const dataColumns = [
  'org_number', 'name', 'legal_form', 'industry_code', 'industry_text', 'employees', 'address', 'postal_code',
  'postal_place', 'municipality', 'website', 'founded_on', 'bankrupt', 'under_liquidation', 'deleted_on',
] as const;

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

function toRow(e: RegisterEntity): Record<(typeof dataColumns)[number], unknown> | null {
  if (!/^\d{9}$/.test(e.orgNumber)) return null;
  return {
    org_number: e.orgNumber, name: e.name, legal_form: e.legalForm, industry_code: e.industryCode, industry_text: e.industryText,
    employees: e.employees, address: e.address, postal_code: e.postalCode, postal_place: e.postalPlace,
    municipality: e.municipalityNumber, website: e.website, founded_on: isoDate(e.foundedOn),
    bankrupt: e.bankrupt ?? false, under_liquidation: e.underLiquidation ?? false, deleted_on: isoDate(e.deletedOn),
  };
}

/**
 * Keeps the region's slice of Enhetsregisteret up to date from the bulk file.
 * Kept rows are staged in batches while the file streams (each batch commits on
 * its own, so the embedded database is never held for the whole file); at the
 * end one short transaction compares the staged rows with the copy, upserts what
 * is new or changed, deletes what left the region, and writes the report and
 * an audit entry. A file that fails half-way changes nothing but the report.
 */
export class RegisterImportService {
  /** `em` must not be a transaction's manager: the staging batches commit as they go. */
  constructor(private readonly em: EntityManager) {}

  latest(): Promise<RegisterImport | null> {
    return this.em.findOne(RegisterImport, { where: {}, order: { startedAt: 'DESC' } });
  }

  async run(file: AsyncIterable<Buffer>, options: RunRegisterImportOptions): Promise<RegisterImport> {
    const importId = await this.start(options);
    const progress: RegisterFileProgress = { bytesRead: 0, rowsRead: 0, rowsKept: 0 };
    const report = () => options.onProgress?.({ ...progress, totalBytes: options.totalBytes ?? null });
    const timer = setInterval(report, 250).unref();
    try {
      // Rows wait as JSON text: the parsed fields are slices of a whole chunk of the
      // file, and holding them would hold every chunk they came from.
      let batch = new Map<string, string>();
      for await (const entity of readRegisterFile(file, options.scope, progress)) {
        const row = toRow(entity);
        if (row) batch.set(entity.orgNumber, JSON.stringify(row));
        if (batch.size >= batchSize) {
          await this.stage(importId, batch);
          batch = new Map();
        }
      }
      await this.stage(importId, batch);
      report();
      return await this.finish(importId, options, progress);
    } catch (error) {
      if (!(error instanceof AppError || error instanceof RegisterFileError || error instanceof CsvFormatError)) console.error('Register import failed:', error);
      await this.fail(importId, error, progress).catch((failure) => console.error('Could not record the failed register import:', failure));
      throw userError(error);
    } finally {
      clearInterval(timer);
    }
  }

  private async start(options: RunRegisterImportOptions): Promise<string> {
    // An import whose process died never finishes: after 30 minutes it no longer blocks the next.
    await this.em.query(
      `UPDATE register_imports SET status = 'FAILED', finished_at = now(), error = 'Importen ble avbrutt og aldri fullført.'
        WHERE status = 'RUNNING' AND started_at < now() - interval '30 minutes'`,
    );
    const [row] = await this.em.query<{ id: string }[]>(
      `INSERT INTO register_imports (status, source, file_name, started_by_id, municipalities, industry_prefixes)
       VALUES ('RUNNING', $1, $2, $3, $4, $5)
       ON CONFLICT (status) WHERE status = 'RUNNING' DO NOTHING RETURNING id`,
      [options.source, options.fileName ?? null, options.actorId ?? null, options.scope.municipalities, options.scope.industryPrefixes],
    );
    if (!row) throw new AppError('CONFLICT', 'En import av Enhetsregisteret pågår allerede. Vent til den er ferdig, og prøv igjen.');
    return row.id;
  }

  private async stage(importId: string, batch: Map<string, string>): Promise<void> {
    if (batch.size === 0) return;
    await this.em.query(
      `INSERT INTO register_import_rows (import_id, org_number, data)
       SELECT $1, o, d FROM unnest($2::text[], $3::jsonb[]) AS t(o, d)
       ON CONFLICT (import_id, org_number) DO UPDATE SET data = EXCLUDED.data`,
      [importId, [...batch.keys()], [...batch.values()]],
    );
  }

  private finish(importId: string, options: RunRegisterImportOptions, progress: RegisterFileProgress): Promise<RegisterImport> {
    const { scope } = options;
    return this.em.transaction(async (tx) => {
      // "Removed" = in the scope before, not kept from this file (gone from the register, or moved away).
      const [diff] = await tx.query<{ new: string[]; changed: string[]; removed: string[] }[]>(
        `SELECT
           array(SELECT s.org_number FROM register_import_rows s WHERE s.import_id = $1
                    AND NOT EXISTS (SELECT 1 FROM register_entities e WHERE e.org_number = s.org_number) ORDER BY 1) AS new,
           array(SELECT s.org_number FROM register_import_rows s JOIN register_entities e ON e.org_number = s.org_number
                  WHERE s.import_id = $1 AND e.content_hash <> md5(s.data::text) ORDER BY 1) AS changed,
           array(SELECT e.org_number FROM register_entities e WHERE ${scopeSql}
                    AND NOT EXISTS (SELECT 1 FROM register_import_rows s WHERE s.import_id = $1 AND s.org_number = e.org_number)
                  ORDER BY 1) AS removed`,
        [importId, scope.municipalities, scope.industryPrefixes],
      );
      await tx.query(
        `INSERT INTO register_entities (${dataColumns.join(', ')}, content_hash, imported_at)
         SELECT ${dataColumns.map((c) => `r.${c}`).join(', ')}, md5(s.data::text), now()
           FROM register_import_rows s CROSS JOIN LATERAL jsonb_populate_record(NULL::register_entities, s.data) r
          WHERE s.import_id = $1
         ON CONFLICT (org_number) DO UPDATE
            SET ${dataColumns.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
                content_hash = EXCLUDED.content_hash, imported_at = EXCLUDED.imported_at
          WHERE register_entities.content_hash <> EXCLUDED.content_hash`,
        [importId],
      );
      await tx.query(`DELETE FROM register_entities WHERE org_number = ANY($1)`, [diff!.removed]);
      await tx.query(`DELETE FROM register_import_rows WHERE import_id = $1`, [importId]);
      await tx.query(
        `UPDATE register_imports
            SET status = 'SUCCEEDED', finished_at = now(), bytes_read = $2, rows_read = $3, rows_kept = $4,
                new_org_numbers = $5, changed_org_numbers = $6, removed_org_numbers = $7
          WHERE id = $1`,
        [importId, progress.bytesRead, progress.rowsRead, progress.rowsKept, diff!.new, diff!.changed, diff!.removed],
      );
      const count = (list: string[]) => ({ before: null, after: list.length });
      await recordAudit(tx, {
        actorId: options.actorId ?? null, action: 'IMPORT', entity: 'RegisterImport', entityId: importId,
        diff: { rowsKept: { before: null, after: progress.rowsKept }, new: count(diff!.new), changed: count(diff!.changed), removed: count(diff!.removed) },
      });
      return (await tx.findOneBy(RegisterImport, { id: importId }))!;
    });
  }

  private async fail(importId: string, error: unknown, progress: RegisterFileProgress): Promise<void> {
    await this.em.query(`DELETE FROM register_import_rows WHERE import_id = $1`, [importId]);
    await this.em.query(
      `UPDATE register_imports SET status = 'FAILED', finished_at = now(), error = $2, bytes_read = $3, rows_read = $4, rows_kept = $5
        WHERE id = $1`,
      [importId, userError(error).message, progress.bytesRead, progress.rowsRead, progress.rowsKept],
    );
  }
}

/** File problems keep their message; anything else (a dropped upload, a database error) gets a general one. */
function userError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RegisterFileError || error instanceof CsvFormatError) return new AppError('BAD_USER_INPUT', error.message);
  if (error instanceof SyntaxError) return new AppError('BAD_USER_INPUT', 'JSON-fila har en ugyldig oppføring.');
  return new AppError('BAD_USER_INPUT', 'Importen stoppet før fila var lest ferdig (avbrutt opplasting?). Ingenting i registerkopien er endret.');
}

