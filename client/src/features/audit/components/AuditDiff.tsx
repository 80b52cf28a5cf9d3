import { useTranslation } from 'react-i18next';
import { NoValue } from '../../../shared/ui/NoValue';
import { auditValue, fieldChanges, fieldLabel } from '../describeAudit';

/** The changed fields of one entry, one line each: `Rolle: Medlem → Prosjektleder`. */
export function AuditDiff({ diff }: { diff: Record<string, unknown> }) {
  const { t } = useTranslation();
  const changes = fieldChanges(diff);
  if (changes.length === 0) return <NoValue />;
  return (
    <ul className="diff-list">
      {changes.map(({ field, before, after }) => (
        <li key={field}>
          <span className="diff-field">{fieldLabel(field, t)}:</span>{' '}
          {before != null && (
            <>
              <del>{auditValue(field, before, t)}</del>
              {' → '}
            </>
          )}
          <ins>{auditValue(field, after, t)}</ins>
        </li>
      ))}
    </ul>
  );
}
