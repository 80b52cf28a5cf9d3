import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

// How the lists a meeting stands in are kept true after it is logged, changed or deleted.

/** My follow-ups and my upcoming meetings are filtered by date on the server: dropped, so the Møter page asks again. */
export function forgetMyMeetings(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myFollowUps' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'upcomingMeetings' });
  cache.gc();
}

/** A new meeting's companies: their timelines, meetings and last meeting dropped, so whatever shows them asks again. */
export function forgetCompanyMeetings(cache: ApolloCache, prospectIds: readonly string[]): void {
  for (const prospectId of prospectIds) {
    const id = cache.identify({ __typename: 'Prospect', id: prospectId });
    for (const fieldName of ['timeline', 'meetings', 'lastMeetingAt']) cache.evict({ id, fieldName });
  }
  cache.gc();
}

/**
 * A changed meeting moves to its new time in its companies' timelines (newest first); a deleted
 * one (`startsAt` null) leaves them. Done in place: a dropped timeline would show nothing until
 * the page has asked again, and the keyboard would lose its place in it.
 */
export function updateTimelines(cache: ApolloCache, prospectIds: readonly string[], meetingId: string, startsAt: string | null): void {
  const meeting = cache.identify({ __typename: 'Meeting', id: meetingId });
  for (const prospectId of prospectIds) {
    cache.modify({
      id: cache.identify({ __typename: 'Prospect', id: prospectId }),
      fields: {
        timeline(existing, { readField }) {
          const events = existing as readonly StoreObject[];
          // The events have no id: a meeting's event is the one that refers to it.
          const isIt = (event: StoreObject) => readField<Reference>('meeting', event)?.__ref === meeting;
          if (startsAt === null) return events.filter((event) => !isIt(event));
          const at = (event: StoreObject) => Date.parse(readField<string>('at', event) ?? '');
          const moved = events.map((event) => (isIt(event) ? { ...event, at: startsAt } : event));
          return moved.sort((a, b) => at(b) - at(a));
        },
      },
    });
  }
}
