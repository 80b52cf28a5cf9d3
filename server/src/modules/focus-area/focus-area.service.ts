import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { assertNamesFree, lockSettings, updateNamedSetting, type NamedSetting } from '../settings/named-setting';
import { FocusArea } from './focus-area.entity';
import type { CreateFocusAreaValues, UpdateFocusAreaValues } from './focus-area.inputs';

const focusAreas: NamedSetting<FocusArea> = {
  entity: FocusArea,
  table: 'focus_areas',
  auditName: 'FocusArea',
  aRow: 'et fokusområde',
  theRow: 'fokusområdet',
};

/** Focus areas (settings): every change audited in the caller's transaction. */
export class FocusAreaService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null = null,
  ) {}

  /** A new focus area, last in the order, with a key made from its English name. */
  async create(values: CreateFocusAreaValues): Promise<FocusArea> {
    await lockSettings(this.em, focusAreas);
    await assertNamesFree(this.em, focusAreas, values);
    const [{ position }] = await this.em.query(`SELECT coalesce(max(position), 0) + 1 AS position FROM focus_areas`);
    const key = await this.freeKey(focusAreaKey(values.nameEn));
    const area = await this.em.save(this.em.create(FocusArea, { ...values, key, position }));
    await recordAudit(this.em, { actorId: this.actorId, action: 'CREATE', entity: 'FocusArea', entityId: area.id, before: null, after: area });
    return area;
  }

  /** Names and colour; the key and the position never change. */
  update(input: UpdateFocusAreaValues): Promise<FocusArea> {
    return updateNamedSetting(this.em, focusAreas, this.actorId, input, {
      name_nb: input.nameNb ?? undefined,
      name_en: input.nameEn ?? undefined,
      color: input.color ?? undefined,
    });
  }

  /** The key itself, or with _2, _3, … when another focus area has it. */
  private async freeKey(base: string): Promise<string> {
    const rows = await this.em.query<{ key: string }[]>(`SELECT key FROM focus_areas WHERE starts_with(key, $1)`, [base]);
    const taken = new Set(rows.map((r) => r.key));
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    return key;
  }
}

/**
 * A stable key from an English name: upper-case ASCII words joined by _
 * ("Tourism and culture" → TOURISM_AND_CULTURE); accents dropped, æ → AE, ø → O.
 */
export function focusAreaKey(nameEn: string): string {
  const words = nameEn
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .match(/[A-Z0-9]+/g);
  return words ? words.join('_') : 'FOCUS_AREA';
}
