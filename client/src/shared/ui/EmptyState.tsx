import type { ReactNode } from 'react';

/** A calm box saying why there is nothing here (yet), with an optional way on. */
export function EmptyState({ title, level = 2, children }: { title: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <div className="empty-state">
      <Heading>{title}</Heading>
      {children}
    </div>
  );
}
