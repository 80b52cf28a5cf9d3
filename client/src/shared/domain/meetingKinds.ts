import type { MeetingKind } from '../../gql/graphql';

/** The kinds of meetings, most common first: the order of every list of them (forms, charts, settings). */
export const meetingKinds: readonly MeetingKind[] = [
  'DIALOGUE_MEETING',
  'SITE_VISIT',
  'PHONE_CALL',
  'NETWORK_MEETING',
  'POLITICAL_MEETING',
  'OTHER',
];
