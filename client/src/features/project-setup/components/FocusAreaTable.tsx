import { useTranslation } from 'react-i18next';
import type { FocusAreaRecord } from '../hooks/useFocusAreaList';
import { RowButton } from './RowButton';

/** The focus areas in display order: colour, both names, and Edit. */
export function FocusAreaTable({
  focusAreas,
  onEdit,
}: {
  focusAreas: readonly FocusAreaRecord[];
  onEdit: (area: FocusAreaRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('projectSetup.focusAreas.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('projectSetup.fields.nameNb')}</th>
            <th scope="col">{t('projectSetup.fields.nameEn')}</th>
            <th scope="col">{t('projectSetup.focusAreas.fields.color')}</th>
            <th scope="col">{t('projectSetup.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {focusAreas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.nameNb}</th>
              <td>{area.nameEn}</td>
              <td className="nowrap">
                <span className="colour-swatch" style={{ backgroundColor: area.color }} aria-hidden="true" />
                {area.color}
              </td>
              <td>
                <RowButton
                  text={t('projectSetup.edit')}
                  label={t('projectSetup.editLabel', { name: area.nameNb })}
                  onClick={() => onEdit(area)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
