import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import type { StageRecord } from '../hooks/useStageList';
import { RowButton } from './RowButton';

/** The stages in pipeline order: names, category, probability, when a company counts as stale, and Edit. */
export function StageTable({ stages, onEdit }: { stages: readonly StageRecord[]; onEdit: (stage: StageRecord) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll" role="region" aria-label={t('projectSetup.stages.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('projectSetup.fields.nameNb')}</th>
            <th scope="col">{t('projectSetup.fields.nameEn')}</th>
            <th scope="col">{t('projectSetup.stages.columns.category')}</th>
            <th scope="col" className="numeric">
              {t('projectSetup.stages.columns.probability')}
            </th>
            <th scope="col">{t('projectSetup.stages.columns.staleAfter')}</th>
            <th scope="col">{t('projectSetup.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.nameNb}</th>
              <td>{stage.nameEn}</td>
              <td>{t(`projectSetup.stages.categories.${stage.category}`)}</td>
              <td className="numeric">{formatPercent(stage.probability, language)}</td>
              <td>
                {stage.staleAfterDays != null
                  ? t('projectSetup.stages.days', { count: stage.staleAfterDays })
                  : t('projectSetup.stages.never')}
              </td>
              <td>
                <RowButton
                  text={t('projectSetup.edit')}
                  label={t('projectSetup.editLabel', { name: stage.nameNb })}
                  onClick={() => onEdit(stage)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
