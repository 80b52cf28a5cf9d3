/** What an action came to, for the person who started it. */
export interface Outcome {
  text: string;
  failed: boolean;
}

/**
 * A failure as an alert; a success in a status region that is always in the page, so screen
 * readers announce the change.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <>
      {outcome?.failed && (
        <p role="alert" className="form-error">
          {outcome.text}
        </p>
      )}
      <p role="status" className="form-status">
        {outcome && !outcome.failed ? outcome.text : ''}
      </p>
    </>
  );
}
