import { In, type EntityManager } from 'typeorm';
import { affectedRows } from '../../shared/database/versioned-update';
import { conflict } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { Prospect } from '../prospect/prospect.entity';
import { erasePerson } from './person-erasure';

export interface RetentionSettingsValues {
  /** Null: no rule, nothing is erased by itself. */
  months: number | null;
  version: number;
  updatedAt: Date;
}

export interface RetentionReportValues {
  months: number | null;
  erasedContactIds: string[];
  prospectIds: string[];
  prospects: Prospect[];
}

/**
 * The retention rule (GDPR Art. 5(1)(e)): contacts of companies closed (current
 * stage WON or LOST) more than N months ago are erased like an erasure request.
 * The closing date is the time of the log entry that moved the company into its
 * current stage, as in the statistics.
 */
export class RetentionService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
  ) {}

  async settings(): Promise<RetentionSettingsValues> {
    const [row] = await this.em.query(`SELECT value, version, updated_at FROM app_settings WHERE key = 'retention'`);
    return { months: row?.value?.months ?? null, version: row?.version ?? 1, updatedAt: row?.updated_at ?? new Date(0) };
  }

  async update(months: number | null, version: number): Promise<RetentionSettingsValues> {
    const before = await this.settings();
    const result = await this.em.query(
      `UPDATE app_settings SET value = $2, version = version + 1, updated_at = now() WHERE key = 'retention' AND version = $1`,
      [version, JSON.stringify({ months })],
    );
    if (affectedRows(result) !== 1) throw conflict('Lagringsregelen');
    await recordAudit(this.em, {
      actorId: this.actorId, action: 'UPDATE', entity: 'RetentionSettings', entityId: 'retention',
      before: { months: before.months }, after: { months },
    });
    return this.settings();
  }

  /** Run in one transaction: every contact due is erased, or none. */
  async apply(): Promise<RetentionReportValues> {
    const { months } = await this.settings();
    if (months === null) return { months, erasedContactIds: [], prospectIds: [], prospects: [] };
    const due = await this.em.query<{ id: string; prospect_id: string }[]>(
      `SELECT c.id, c.prospect_id
         FROM contacts c
         JOIN prospects p ON p.id = c.prospect_id
         JOIN stages s ON s.id = p.stage_id AND s.category IN ('WON', 'LOST')
        WHERE (SELECT max(sc.changed_at) FROM stage_changes sc WHERE sc.prospect_id = p.id AND sc.to_stage_id = p.stage_id)
              < now() - make_interval(months => $1::int)
        ORDER BY c.prospect_id, c.id`,
      [months],
    );
    for (const contact of due) {
      await erasePerson(this.em, { contactId: contact.id, version: null, actorId: this.actorId, reason: 'RETENTION' });
    }
    const prospectIds = [...new Set(due.map((c) => c.prospect_id))];
    const report = { months, erasedContactIds: due.map((c) => c.id), prospectIds };
    // What was removed, by count and id only: no personal data in the log.
    await recordAudit(this.em, {
      actorId: this.actorId, action: 'APPLY_RETENTION', entity: 'RetentionSettings', entityId: 'retention',
      diff: {
        months: { before: null, after: months },
        erasedContacts: { before: null, after: report.erasedContactIds.length },
        contactIds: { before: null, after: report.erasedContactIds },
        prospectIds: { before: null, after: report.prospectIds },
      },
    });
    // The companies by name, so whoever ran the rule sees which ones without a query per company.
    return { ...report, prospects: await this.em.find(Prospect, { where: { id: In(prospectIds) }, order: { name: 'ASC' } }) };
  }
}
