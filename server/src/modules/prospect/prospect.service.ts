import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isTimestampText, type Page } from '../../shared/graphql/connection';
import { updateVersioned } from '../../shared/database/versioned-update';
import { badInput, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { Stage, StageCategory } from '../stage/stage.entity';
import { Prospect } from './prospect.entity';
import { formatOrgNumber } from './org-number';
import type { ProspectFilterValues } from './prospect-filter.input';
import type { CreateProspectValues, MoveProspectValues, UpdateProspectValues } from './prospect.inputs';
import { applyProspectFilter } from './prospect-filter.sql';
import { ProspectOrder, prospectOrders, type SortKey } from './prospect-order';

const cursorValueChecks: Record<SortKey['cast'], (value: string) => boolean> = {
  text: (v) => v.length <= 1000,
  // PostgreSQL's integer is 32 bits.
  integer: (v) => /^-?\d{1,10}$/.test(v) && Number(v) >= -2_147_483_648 && Number(v) <= 2_147_483_647,
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  timestamptz: isTimestampText,
};

/** A forged cursor is refused here, before it can reach SQL as a bad cast. */
const isCursorValue = (cast: SortKey['cast'], value: unknown) => typeof value === 'string' && cursorValueChecks[cast](value);

export interface ListProspectsArgs {
  filter: ProspectFilterValues;
  order: ProspectOrder;
  first: number;
  after?: string | null;
}

export class ProspectService {
  constructor(
    private readonly em: EntityManager,
    /** Who acts, for the stage-change log and the audit log. */
    private readonly actorId: string | null = null,
  ) {}

  findById(id: string): Promise<Prospect | null> {
    return this.em.findOneBy(Prospect, { id });
  }

  async getById(id: string): Promise<Prospect> {
    const prospect = await this.findById(id);
    if (!prospect) throw notFound('bedriften');
    return prospect;
  }

  /** A new company in an open stage; creation writes the first stage-change entry. */
  async create(id: string, input: CreateProspectValues): Promise<Prospect> {
    const stages = await this.em.find(Stage, { order: { position: 'ASC' } });
    const stage = input.stageId ? stages.find((s) => s.id === input.stageId) : stages.find((s) => s.category === StageCategory.OPEN);
    if (!stage) throw badInput('Fant ikke fasen.', 'stageId');
    if (stage.category !== StageCategory.OPEN) throw badInput('En ny bedrift må starte i en åpen fase.', 'stageId');
    await this.checkReferences(input);
    if (input.orgNumber) await this.assertOrgNumberFree(input.orgNumber, null);

    const { focusAreaIds, stageId: _stage, ...fields } = input;
    await this.em.insert(Prospect, {
      ...fields,
      id,
      stageId: stage.id,
      position: await this.endOfColumn(stage.id),
    });
    await this.setFocusAreas(id, focusAreaIds ?? []);
    await this.logStageChange(id, null, stage.id);
    const created = await this.getById(id);
    await recordAudit(this.em, {
      actorId: this.actorId, action: 'CREATE', entity: 'Prospect', entityId: id,
      before: null, after: { ...created, focusAreaIds: focusAreaIds ?? [] },
    });
    return created;
  }

  /** Changes the fields given (null clears one), with the version check in the UPDATE. */
  async update(input: UpdateProspectValues): Promise<Prospect> {
    const before = await this.snapshot(input.id);
    await this.checkReferences(input);
    if (input.orgNumber && before.archivedAt === null) await this.assertOrgNumberFree(input.orgNumber, input.id);

    const { id, version, focusAreaIds, ...fields } = input;
    const set: Record<string, unknown> = { last_activity_at: new Date() };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (key === 'name' && value === null) throw badInput('Navnet må fylles ut.', 'name');
      set[toColumn(key)] = value;
    }
    await updateVersioned(this.em, { table: 'prospects', id, version, what: 'Bedriften', whatNotFound: 'bedriften' }, set);
    if (focusAreaIds) await this.setFocusAreas(id, focusAreaIds);
    const after = await this.snapshot(id);
    await recordAudit(this.em, { actorId: this.actorId, action: 'UPDATE', entity: 'Prospect', entityId: id, before, after });
    return this.getById(id);
  }

  /** Archived companies leave the pipeline but stay in the statistics. */
  async setArchived(id: string, version: number, archived: boolean): Promise<Prospect> {
    const before = await this.snapshot(id);
    if (!archived && before.orgNumber) await this.assertOrgNumberFree(before.orgNumber, id);
    await updateVersioned(
      this.em,
      { table: 'prospects', id, version, what: 'Bedriften', whatNotFound: 'bedriften' },
      { archived_at: archived ? new Date() : null, last_activity_at: new Date() },
    );
    const after = await this.snapshot(id);
    await recordAudit(this.em, {
      actorId: this.actorId, action: archived ? 'ARCHIVE' : 'RESTORE', entity: 'Prospect', entityId: id, before, after,
    });
    return this.getById(id);
  }

  /**
   * Moves a company to a stage and/or a place in the column. A change of stage
   * writes the log in the same transaction; WON asks for realized jobs and new
   * residents, LOST for a reason; a closed company can be reopened.
   */
  async move(input: MoveProspectValues): Promise<Prospect> {
    const before = await this.snapshot(input.id);
    const stages = await this.em.find(Stage);
    const to = stages.find((s) => s.id === input.stageId);
    if (!to) throw badInput('Fant ikke fasen.', 'stageId');
    const changesStage = to.id !== before.stageId;

    const set: Record<string, unknown> = {
      stage_id: to.id,
      position: await this.positionBefore(to.id, input.beforeId ?? null, input.id),
    };
    if (changesStage) {
      set.last_activity_at = new Date();
      if (to.category === StageCategory.WON) {
        if (input.realizedJobs == null || input.newResidents == null) {
          throw badInput('Oppgi realiserte arbeidsplasser og nye innbyggere (0 er lov) når bedriften er etablert.', 'realizedJobs');
        }
        Object.assign(set, { realized_jobs: input.realizedJobs, new_residents: input.newResidents, lost_reason: null });
      } else if (to.category === StageCategory.LOST) {
        if (!input.lostReason) throw badInput('Oppgi hvorfor bedriften ble avsluttet.', 'lostReason');
        Object.assign(set, { lost_reason: input.lostReason, realized_jobs: null, new_residents: null });
      } else {
        // Reopened (or still open): the outcome of an earlier close no longer holds; the log keeps it.
        Object.assign(set, { lost_reason: null, realized_jobs: null, new_residents: null });
      }
    }
    await updateVersioned(this.em, { table: 'prospects', id: input.id, version: input.version, what: 'Bedriften', whatNotFound: 'bedriften' }, set);
    if (changesStage) await this.logStageChange(input.id, before.stageId, to.id);
    const after = await this.snapshot(input.id);
    await recordAudit(this.em, {
      actorId: this.actorId, action: changesStage ? 'MOVE' : 'REORDER', entity: 'Prospect', entityId: input.id, before, after,
    });
    return this.getById(input.id);
  }

  private async logStageChange(prospectId: string, fromStageId: string | null, toStageId: string): Promise<void> {
    await this.em.query(
      `INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at, changed_by_id) VALUES ($1, $2, $3, now(), $4)`,
      [prospectId, fromStageId, toStageId, this.actorId],
    );
  }

  private async setFocusAreas(prospectId: string, focusAreaIds: string[]): Promise<void> {
    await this.em.query(`DELETE FROM prospect_focus_areas WHERE prospect_id = $1`, [prospectId]);
    if (focusAreaIds.length) {
      await this.em.query(
        `INSERT INTO prospect_focus_areas (prospect_id, focus_area_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [prospectId, focusAreaIds],
      );
    }
  }

  /** The row plus its focus areas, for the audit diff. */
  private async snapshot(id: string): Promise<Prospect & { focusAreaIds: string[] }> {
    const prospect = await this.getById(id);
    const rows = await this.em.query<{ focus_area_id: string }[]>(
      `SELECT focus_area_id FROM prospect_focus_areas WHERE prospect_id = $1 ORDER BY focus_area_id`,
      [id],
    );
    return { ...prospect, focusAreaIds: rows.map((r) => r.focus_area_id) };
  }

  private async checkReferences(input: { ownerId?: string | null; focusAreaIds?: string[] | null }): Promise<void> {
    if (input.ownerId) {
      const [owner] = await this.em.query(`SELECT active FROM users WHERE id = $1`, [input.ownerId]);
      if (!owner?.active) throw badInput('Ansvarlig må være en aktiv bruker.', 'ownerId');
    }
    if (input.focusAreaIds?.length) {
      const [{ n }] = await this.em.query(`SELECT count(*)::int AS n FROM focus_areas WHERE id = ANY($1)`, [input.focusAreaIds]);
      if (n !== new Set(input.focusAreaIds).size) throw badInput('Ukjent fokusområde.', 'focusAreaIds');
    }
  }

  private async assertOrgNumberFree(orgNumber: string, exceptId: string | null): Promise<void> {
    const [other] = await this.em.query(
      `SELECT name FROM prospects WHERE org_number = $1 AND archived_at IS NULL AND id IS DISTINCT FROM $2`,
      [orgNumber, exceptId],
    );
    if (other) {
      throw badInput(`Det finnes allerede en aktiv bedrift med organisasjonsnummer ${formatOrgNumber(orgNumber)}: ${other.name}.`, 'orgNumber');
    }
  }

  private async endOfColumn(stageId: string): Promise<number> {
    const [{ max }] = await this.em.query(`SELECT coalesce(max(position), 0) AS max FROM prospects WHERE stage_id = $1`, [stageId]);
    return Number(max) + 1;
  }

  /** A position just before `beforeId` in the column (halfway to its neighbour), or the end. */
  private async positionBefore(stageId: string, beforeId: string | null, movingId: string): Promise<number> {
    if (!beforeId) return this.endOfColumn(stageId);
    const [before] = await this.em.query(`SELECT position FROM prospects WHERE id = $1 AND stage_id = $2`, [beforeId, stageId]);
    if (!before) throw badInput('Kortet du slapp ved er ikke i den kolonnen lenger. Last inn på nytt.', 'beforeId');
    const [prev] = await this.em.query(
      `SELECT max(position) AS position FROM prospects WHERE stage_id = $1 AND position < $2 AND id <> $3`,
      [stageId, before.position, movingId],
    );
    const low = prev?.position == null ? Number(before.position) - 2 : Number(prev.position);
    return (low + Number(before.position)) / 2;
  }

  /** One page of companies matching the filter, in a stable keyset order. */
  async list({ filter, order, first, after }: ListProspectsArgs): Promise<Page<Prospect>> {
    const { direction, keys } = prospectOrders[order];
    const base = () =>
      applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p').innerJoin('stages', 's', 's.id = p.stage_id'), filter);

    const qb = base();
    keys.forEach((key, i) => qb.addSelect(`(${key.sql})::text`, `sort_${i}`));
    if (after) {
      const values = decodeCursor(after);
      if (!values || values.length !== keys.length || !keys.every((k, i) => isCursorValue(k.cast, values[i]))) {
        throw badInput('Ugyldig markør (after). Hent første side på nytt.', 'after');
      }
      const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
      const left = keys.map((k) => k.sql).join(', ');
      const right = keys.map((k, i) => `CAST(:cursor_${i} AS ${k.cast})`).join(', ');
      qb.andWhere(`(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`, params);
    }
    for (const key of keys) qb.addOrderBy(key.sql, direction);
    qb.limit(first + 1);

    const { entities, raw } = await qb.getRawAndEntities<Record<string, string>>();
    const hasNextPage = entities.length > first;
    const nodes = entities.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((_, row) => encodeCursor(keys.map((_, i) => raw[row]![`sort_${i}`]))),
      hasNextPage,
      count: () => base().getCount(),
    };
  }
}

const toColumn = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
