import { useTranslation } from 'react-i18next';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';

// A first import of a whole county finds thousands: the list shows a screenful, the count says all.
const shown = 200;

/** A count of organisation numbers, with the numbers themselves behind a disclosure. */
export function OrgNumberList({ label, numbers }: { label: string; numbers: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <li>
      <span>{t('registerImport.count', { label, count: numbers.length })}</span>
      {numbers.length > 0 && (
        <details>
          <summary>{t('registerImport.showNumbers', { count: numbers.length })}</summary>
          <ul className="org-number-list">
            {numbers.slice(0, shown).map((number) => (
              <li key={number}>{formatOrgNumber(number)}</li>
            ))}
            {numbers.length > shown && <li>…</li>}
          </ul>
        </details>
      )}
    </li>
  );
}
