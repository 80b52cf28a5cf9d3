import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { formatDate, formatTime } from '../../../shared/format/formatDate';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { NoValue } from '../../../shared/ui/NoValue';

export const StageHistoryFragment = graphql(`
  fragment StageHistory_prospect on Prospect {
    id
    stageHistory {
      id
      changedAt
      from {
        id
        nameNb
        nameEn
      }
      to {
        id
        nameNb
        nameEn
      }
      by {
        id
        name
      }
    }
  }
`);

/** Every stage the company has been in, oldest first, with when and by whom (the board sees it too). */
export function StageHistory({ prospect }: { prospect: FragmentType<typeof StageHistoryFragment> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: StageHistoryFragment, from: prospect });
  if (!complete) return null;
  return (
    <div className="table-scroll" role="region" aria-label={t('prospect.history.table')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('prospect.history.when')}</th>
            <th scope="col">{t('prospect.history.from')}</th>
            <th scope="col">{t('prospect.history.to')}</th>
            <th scope="col">{t('prospect.history.by')}</th>
          </tr>
        </thead>
        <tbody>
          {data.stageHistory.map((change) => (
            <tr key={change.id}>
              <td className="nowrap">
                {formatDate(change.changedAt, language)} {formatTime(change.changedAt, language)}
              </td>
              <td>{change.from ? localizedName(change.from, language) : t('prospect.history.created')}</td>
              <th scope="row">{localizedName(change.to, language)}</th>
              <td>{change.by?.name ?? <NoValue />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
