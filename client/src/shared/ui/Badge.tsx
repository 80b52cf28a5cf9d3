import type { ReactNode } from 'react';
import './badge.css';

/** A short mark beside a name: the stage, "stale", "archived", "do not contact", "done". */
export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: 'neutral' | 'warning' | 'muted' | 'stop' | 'done';
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
