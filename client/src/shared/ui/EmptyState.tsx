import type { ReactNode } from 'react';

/** A calm box saying why there is nothing here (yet), with an optional way on. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
