import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The cache policies of the app; tests build their cache here too, so they page like the app. */
export function createCache() {
  return new InMemoryCache({
    // A company's timeline mixes these: the cache must know they are all TimelineEvents.
    possibleTypes: { TimelineEvent: ['MeetingEvent', 'StageChangeEvent', 'EditEvent'] },
    typePolicies: {
      Query: {
        fields: {
          // One list per filter and order; "load more" (after) appends to it.
          prospects: relayStylePagination(['filter', 'orderBy']),
          auditEntries: relayStylePagination(['entity', 'entityId']),
          prospectCandidates: relayStylePagination(['filter']),
          // Whole lists: each answer (or the list without a retired target) replaces the one before.
          targets: { merge: false },
          stages: { merge: false },
          focusAreas: { merge: false },
        },
      },
      // A company's contacts as the server lists them now (one erased or removed is gone).
      Prospect: { fields: { contacts: { merge: false } } },
      // A municipality has no id: its number identifies it.
      Municipality: { keyFields: ['number'] },
    },
  });
}
