import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { useTargetLabel } from '../hooks/useTargetLabel';
import type { TargetRecord } from '../hooks/useTargetList';
import { metricName } from '../targetMetrics';
import { RowButton } from './RowButton';

/** The targets in force, one row each, with Edit and Retire. */
export function TargetTable({
  targets,
  busyId,
  onEdit,
  onRetire,
}: {
  targets: readonly TargetRecord[];
  busyId: string | undefined;
  onEdit: (target: TargetRecord) => void;
  onRetire: (target: TargetRecord) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { period, label } = useTargetLabel();
  if (targets.length === 0) return <p className="list-empty">{t('projectSetup.targets.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('projectSetup.targets.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('projectSetup.targets.columns.metric')}</th>
            <th scope="col" className="numeric">
              {t('projectSetup.targets.columns.value')}
            </th>
            <th scope="col">{t('projectSetup.targets.columns.applies')}</th>
            <th scope="col">{t('projectSetup.targets.columns.period')}</th>
            <th scope="col">{t('projectSetup.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.id} aria-busy={target.id === busyId}>
              <th scope="row">{metricName(target, t)}</th>
              <td className="numeric">{formatNumber(target.value, language)}</td>
              <td>{target.perYear ? t('projectSetup.targets.perYear') : t('projectSetup.targets.forPeriod')}</td>
              <td className="nowrap">{period(target)}</td>
              <td>
                <div className="row-actions">
                  <RowButton
                    text={t('projectSetup.edit')}
                    label={t('projectSetup.editLabel', { name: label(target) })}
                    disabled={target.id === busyId}
                    onClick={() => onEdit(target)}
                  />
                  <RowButton
                    text={t('projectSetup.targets.retire')}
                    label={t('projectSetup.targets.retireLabel', { name: label(target) })}
                    disabled={target.id === busyId}
                    onClick={() => onRetire(target)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
