const osloDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Oslo' });

/** The Norwegian calendar day (åååå-mm-dd) of a time, as the API counts periods. */
export function osloDate(iso: string): string {
  return osloDay.format(new Date(iso));
}

/**
 * A company's closing date (design § Statistics): the time of the log entry that moved it into
 * its current stage. Every move writes an entry and the log is oldest first, so that is the last
 * entry (asking for each entry's stage would push the list query over the cost limit).
 */
export function closingTime(history: readonly { changedAt: string }[]): string | null {
  return history.at(-1)?.changedAt ?? null;
}
