import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { z } from 'zod';
import { updateVersioned } from '../../shared/database/versioned-update';
import { badInput, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';

/** A setting's name in one language (focus areas, stages): trimmed, 1–60 characters. */
export const settingName = () => z.string().trim().min(1, 'Navnet må fylles ut.').max(60, 'Navnet kan ha høyst 60 tegn.');

/** A kind of setting with a name in each language: focus areas and stages. */
export interface NamedSetting<T> {
  entity: EntityTarget<T>;
  table: 'focus_areas' | 'stages';
  /** The audit log's name of the entity. */
  auditName: string;
  /** For messages: «et fokusområde», «fokusområdet». */
  aRow: string;
  theRow: string;
}

interface Names {
  nameNb?: string | null;
  nameEn?: string | null;
}

/**
 * Takes the table's write lock for the rest of the transaction: no other writer
 * can take a name, key or position before this one commits; reads go on.
 * The unique indexes on lower(name_nb) and lower(name_en) back the checks up.
 */
export async function lockSettings(em: EntityManager, setting: NamedSetting<unknown>): Promise<void> {
  await em.query(`LOCK TABLE ${setting.table} IN SHARE ROW EXCLUSIVE MODE`);
}

/** Refuses a name another row has in the same language, whatever the case. Call under lockSettings. */
export async function assertNamesFree(em: EntityManager, setting: NamedSetting<unknown>, names: Names, exceptId: string | null = null): Promise<void> {
  for (const [field, column] of [['nameNb', 'name_nb'], ['nameEn', 'name_en']] as const) {
    const name = names[field];
    if (name == null) continue;
    const [taken] = await em.query<{ name: string }[]>(
      `SELECT ${column} AS name FROM ${setting.table} WHERE lower(${column}) = lower($1) AND id IS DISTINCT FROM $2`,
      [name, exceptId],
    );
    if (taken) throw badInput(`${field}: Det finnes allerede ${setting.aRow} som heter «${taken.name}». Velg et annet navn.`, field);
  }
}

/**
 * Edits one row of a setting: the columns in `set` that are not undefined change
 * (null stores null), with the version check in the UPDATE and an audit entry
 * of the difference, all in the caller's transaction.
 */
export async function updateNamedSetting<T extends { id: string }>(
  em: EntityManager,
  setting: NamedSetting<T>,
  actorId: string | null,
  input: Names & { id: string; version: number },
  set: Record<string, unknown>,
): Promise<T> {
  await lockSettings(em, setting);
  const byId = { id: input.id } as FindOptionsWhere<T>;
  const before = await em.findOneBy(setting.entity, byId);
  if (!before) throw notFound(setting.theRow);
  await assertNamesFree(em, setting, input, input.id);
  const what = setting.theRow.charAt(0).toUpperCase() + setting.theRow.slice(1);
  const changes = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined));
  await updateVersioned(em, { table: setting.table, id: input.id, version: input.version, what, whatNotFound: setting.theRow }, changes);
  const after = (await em.findOneBy(setting.entity, byId))!;
  await recordAudit(em, { actorId, action: 'UPDATE', entity: setting.auditName, entityId: input.id, before, after });
  return after;
}
