import type { MeetingKind } from '../../gql/graphql';

/** The kinds of meetings, most common first (the form's order). */
export const meetingKinds: readonly MeetingKind[] = [
  'DIALOGUE_MEETING',
  'SITE_VISIT',
  'PHONE_CALL',
  'NETWORK_MEETING',
  'POLITICAL_MEETING',
  'OTHER',
];
