import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';
import '../projectSetup.css';

/**
 * One part of the project setup: its heading and intro, an optional "add" button, what the
 * last change came to, and the list once it has loaded (or why it has not).
 */
export function SetupSection({
  title,
  intro,
  addLabel,
  onAdd,
  outcome,
  loaded,
  error,
  onRetry,
  children,
}: {
  title: string;
  intro: string;
  addLabel?: string;
  onAdd?: () => void;
  outcome: Outcome | undefined;
  loaded: boolean;
  error: unknown;
  /** Fetches the list again; its failure shows through `error`. */
  onRetry: () => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="setup-section" aria-labelledby={`${id}-title`}>
      <div className="setup-section-header">
        <h3 id={`${id}-title`}>{title}</h3>
        {onAdd && loaded && (
          <button type="button" className="button" onClick={onAdd}>
            {addLabel}
          </button>
        )}
      </div>
      <p className="setup-intro">{intro}</p>
      <OutcomeMessage outcome={outcome} />
      {loaded ? children : error ? (
        <ErrorNotice message={describeError(error, t)} onRetry={() => void onRetry().catch(() => undefined)} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
