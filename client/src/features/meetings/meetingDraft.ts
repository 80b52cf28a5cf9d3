import type { CreateMeetingInput, MeetingKind, UpdateMeetingInput } from '../../gql/graphql';
import { osloDateAndTime, osloIsoString } from './osloTime';

/** A meeting as the form holds it: date and time in Norwegian time, texts as typed. */
export interface MeetingDraft {
  kind: MeetingKind;
  /** åååå-mm-dd, as `<input type="date">` gives it. */
  date: string;
  /** tt:mm. */
  time: string;
  userIds: string[];
  contactIds: string[];
  minutes: string;
  outcome: string;
  nextStep: string;
  /** åååå-mm-dd, or empty. */
  followUpDate: string;
  /** Only a logged meeting has a follow-up to mark done: undefined for a new one. */
  followUpDone?: boolean;
}

/** What the form sends of a meeting (the companies are not the form's: they are given or picked). */
export type MeetingValues = Omit<CreateMeetingInput, 'prospectIds'> & Pick<UpdateMeetingInput, 'followUpDone'>;

/** A logged meeting as the server gives it. */
export interface MeetingRecord {
  kind: MeetingKind;
  startsAt: string;
  minutes?: string | null;
  outcome?: string | null;
  nextStep?: string | null;
  followUpDate?: string | null;
  followUpDone: boolean;
  users: readonly { id: string }[];
  contacts: readonly { id: string }[];
}

/** A new meeting: a dialogue meeting now, with the one logging it taking part. */
export function newMeetingDraft(viewerId: string, now = new Date()): MeetingDraft {
  const { date, time } = osloDateAndTime(now);
  return {
    kind: 'DIALOGUE_MEETING',
    date,
    time,
    userIds: [viewerId],
    contactIds: [],
    minutes: '',
    outcome: '',
    nextStep: '',
    followUpDate: '',
  };
}

/** A logged meeting, to correct it. */
export function draftFromMeeting(meeting: MeetingRecord): MeetingDraft {
  const { date, time } = osloDateAndTime(new Date(meeting.startsAt));
  return {
    kind: meeting.kind,
    date,
    time,
    userIds: meeting.users.map((u) => u.id),
    contactIds: meeting.contacts.map((c) => c.id),
    minutes: meeting.minutes ?? '',
    outcome: meeting.outcome ?? '',
    nextStep: meeting.nextStep ?? '',
    followUpDate: meeting.followUpDate ?? '',
    followUpDone: meeting.followUpDone,
  };
}

/** The draft as the API takes it, or null while the date or time is missing or malformed. */
export function meetingValues(draft: MeetingDraft): MeetingValues | null {
  const startsAt = osloIsoString(draft.date, draft.time);
  if (!startsAt) return null;
  const text = (value: string) => value.trim() || null;
  return {
    kind: draft.kind,
    startsAt,
    userIds: draft.userIds,
    contactIds: draft.contactIds,
    minutes: text(draft.minutes),
    outcome: text(draft.outcome),
    nextStep: text(draft.nextStep),
    followUpDate: draft.followUpDate || null,
    ...(draft.followUpDone === undefined ? {} : { followUpDone: draft.followUpDone }),
  };
}

/**
 * The values of `draft` that differ from those of `base` (participants compared as sets), so
 * that a correction sends, and the audit log records, only what the user changed.
 */
export function changedMeetingValues(base: MeetingDraft, draft: MeetingDraft): Partial<MeetingValues> {
  const before = meetingValues(base);
  const after = meetingValues(draft) ?? {};
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => !before || !same(before[key as keyof MeetingValues], value)),
  ) as Partial<MeetingValues>;
}
