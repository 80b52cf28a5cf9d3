// "Log meeting" can be asked for from anywhere (the `m` shortcut); LogMeetingHost answers.
const eventName = 'magnet:log-meeting';

/** Opens the log-meeting dialog (LogMeetingHost must be mounted, as it is behind the login). */
export function requestLogMeeting(): void {
  window.dispatchEvent(new Event(eventName));
}

/** Calls `listener` on each request; returns the unsubscribe. */
export function onLogMeetingRequest(listener: () => void): () => void {
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}
