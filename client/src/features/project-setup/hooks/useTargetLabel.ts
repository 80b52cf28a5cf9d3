import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { metricName } from '../targetMetrics';
import type { TargetRecord } from './useTargetList';

/** "Arbeidsplasser, 01.07.2015–30.06.2018": how a row, its buttons and the confirmation name a target. */
export function useTargetLabel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = (target: TargetRecord) =>
    t('projectSetup.targets.range', {
      from: formatDate(target.periodStart, language),
      to: formatDate(target.periodEnd, language),
    });
  return { period, label: (target: TargetRecord) => `${metricName(target, t)}, ${period(target)}` };
}
