import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A figure of the page: heading, a sentence on what it shows, the chart (hidden from screen
 * readers, which get the table instead) and the same numbers as a table behind "show as table".
 */
export function ChartSection({
  id,
  title,
  description,
  chart,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  chart?: ReactNode;
  table?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="stat-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p className="stat-description">{description}</p>}
      {children}
      {chart && (
        <div className="chart" aria-hidden="true">
          {chart}
        </div>
      )}
      {table && (
        <details className="chart-table">
          <summary>{t('stats.showTable')}</summary>
          {table}
        </details>
      )}
    </section>
  );
}

/** A horizontal bar for a table cell: hatched, outlined and followed by its value, so it prints in black and white. */
export function Bar({ share, children }: { share: number; children: ReactNode }) {
  return (
    <span className="bar-cell">
      <span className="bar" style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }} aria-hidden="true" />
      <span className="bar-value">{children}</span>
    </span>
  );
}
