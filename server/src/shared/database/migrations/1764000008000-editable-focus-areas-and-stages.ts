import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Focus areas and stages become settings LEADER and ADMIN edit: a version for
 * the edit check, names unique in each language (whatever the case), and a
 * narrower statistics trigger for the one stage edit that bears on figures.
 *
 * A stage's probability only enters the weighted jobs of the companies in that
 * stage (docs/decisions/007), so a change marks those companies for the
 * refresh at commit instead of every company. Category and position, which
 * the API never changes, still mark every company.
 */
export class EditableFocusAreasAndStages1764000008000 implements MigrationInterface {
  name = 'EditableFocusAreasAndStages1764000008000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['focus_areas', 'stages']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
      await q.query(`CREATE UNIQUE INDEX ${table}_name_nb_key ON ${table} (lower(name_nb))`);
      await q.query(`CREATE UNIQUE INDEX ${table}_name_en_key ON ${table} (lower(name_en))`);
    }

    await q.query(`DROP TRIGGER stats_mark ON stages`);
    await q.query(`
      CREATE TRIGGER stats_mark AFTER UPDATE ON stages FOR EACH ROW
      WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.position IS DISTINCT FROM NEW.position)
      EXECUTE FUNCTION stats_mark()`);
    await q.query(`
      CREATE FUNCTION stats_mark_stage_companies() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stats_dirty SELECT id FROM prospects WHERE stage_id = NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER stats_mark_probability AFTER UPDATE OF probability_percent ON stages FOR EACH ROW
      WHEN (OLD.probability_percent IS DISTINCT FROM NEW.probability_percent)
      EXECUTE FUNCTION stats_mark_stage_companies()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER stats_mark_probability ON stages`);
    await q.query(`DROP FUNCTION stats_mark_stage_companies()`);
    await q.query(`DROP TRIGGER stats_mark ON stages`);
    await q.query(`
      CREATE TRIGGER stats_mark AFTER UPDATE ON stages FOR EACH ROW
      WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.probability_percent IS DISTINCT FROM NEW.probability_percent
         OR OLD.position IS DISTINCT FROM NEW.position)
      EXECUTE FUNCTION stats_mark()`);
    for (const table of ['stages', 'focus_areas']) {
      await q.query(`DROP INDEX ${table}_name_en_key`);
      await q.query(`DROP INDEX ${table}_name_nb_key`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN updated_at, DROP COLUMN version`);
    }
  }
}
