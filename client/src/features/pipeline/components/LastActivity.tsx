import { useTranslation } from 'react-i18next';
import { daysSince } from '../../../shared/format/daysSince';
import { formatDate } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';

// Beyond a month a date says more than "for 45 dager siden".
const relativeDays = 30;

/** "i dag", "i går", "for 3 dager siden" within a month, else the date (dd.mm.åååå). */
export function LastActivity({ at }: { at: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = daysSince(at);
  const date = formatDate(at, language);
  const text =
    days < 0 || days > relativeDays ? date : days === 0 ? t('board.today') : days === 1 ? t('board.yesterday') : t('board.daysAgo', { count: days });
  return (
    <time dateTime={at} title={date}>
      {text}
    </time>
  );
}
