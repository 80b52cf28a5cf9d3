import type { Context } from '../../app/context';
import { Meeting } from '../meeting/meeting.entity';
import { EditEvent, MeetingEvent, StageChangeEvent } from './timeline.types';

/** Meetings, stage changes and edits of one company, newest first. */
export async function timelineOf(ctx: Context, prospectId: string): Promise<(MeetingEvent | StageChangeEvent | EditEvent)[]> {
  const [meetings, changes, edits] = await Promise.all([
    ctx.loaders.meetingsByProspect.load(prospectId),
    ctx.em.query<{ changed_at: Date; from_stage_id: string | null; to_stage_id: string; changed_by_id: string | null }[]>(
      `SELECT changed_at, from_stage_id, to_stage_id, changed_by_id FROM stage_changes WHERE prospect_id = $1`,
      [prospectId],
    ),
    // Edits of the company and of its contacts; stage moves are shown from the log itself.
    ctx.em.query<{ at: Date; action: string; entity: string; actor_id: string | null; diff: Record<string, unknown> }[]>(
      `SELECT a.at, a.action, a.entity, a.actor_id, a.diff FROM audit_entries a
        WHERE (a.entity = 'Prospect' AND a.entity_id = $1::text AND a.action NOT IN ('MOVE', 'REORDER'))
           OR (a.entity = 'Contact' AND a.entity_id IN (SELECT id::text FROM contacts WHERE prospect_id = $1::uuid))`,
      [prospectId],
    ),
  ]);
  const user = async (id: string | null) => (id ? ((await ctx.loaders.userById.load(id)) ?? null) : null);
  const stage = async (id: string | null) => (id ? ((await ctx.loaders.stageById.load(id)) ?? null) : null);

  const events = [
    ...meetings.map((meeting: Meeting) => Object.assign(new MeetingEvent(), { at: meeting.startsAt, meeting })),
    ...(await Promise.all(
      changes.map(async (c) =>
        Object.assign(new StageChangeEvent(), {
          at: new Date(c.changed_at),
          from: await stage(c.from_stage_id),
          to: (await stage(c.to_stage_id))!,
          by: await user(c.changed_by_id),
        }),
      ),
    )),
    ...(await Promise.all(
      edits.map(async (e) =>
        Object.assign(new EditEvent(), { at: new Date(e.at), action: e.action, entity: e.entity, by: await user(e.actor_id), diff: e.diff }),
      ),
    )),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
