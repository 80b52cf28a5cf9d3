import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProspectCandidateFilter } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useCreateProspectFromRegister } from '../hooks/useCreateProspectFromRegister';
import { useProspectCandidates } from '../hooks/useProspectCandidates';
import { CandidateRow, type Candidate } from './CandidateRow';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

/** The candidates for the filter as a table, with "show more" and one-click "make company". */
export function CandidateList({ filter, canImport }: { filter: ProspectCandidateFilter; canImport: boolean }) {
  const { t } = useTranslation();
  const { candidates, totalCount, hasMore, loading, loadingMore, error, loadMore, retry } = useProspectCandidates(filter);
  const makeCompany = useCreateProspectFromRegister();
  const [added, setAdded] = useState<Record<string, { id: string; name: string }>>({});
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  const make = async (candidate: Candidate, focusAreaIds: string[]) => {
    setBusy(candidate.orgNumber);
    setOutcome(undefined);
    try {
      const company = await makeCompany(candidate.orgNumber, focusAreaIds);
      setAdded((current) => ({ ...current, [candidate.orgNumber]: company }));
      setOutcome({ text: t('candidates.created', { name: company.name }), failed: false });
    } catch (e) {
      setOutcome({ text: describeError(e, t), failed: true });
    } finally {
      setBusy(undefined);
    }
  };

  if (error && candidates.length === 0) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;

  return (
    <div className="candidate-list" aria-busy={loading}>
      <OutcomeMessage outcome={outcome} />
      <p className="list-summary" aria-live="polite">
        {totalCount === undefined ? t('candidates.loading') : t('candidates.count', { count: totalCount })}
      </p>
      {totalCount === 0 && candidates.length === 0 ? (
        <div className="list-empty">
          <p>{Object.keys(filter).length ? t('candidates.empty') : t('candidates.emptyCopy')}</p>
          {canImport && (
            <p>
              <Link to="/settings/register-import">{t('candidates.importLink')}</Link>
            </p>
          )}
        </div>
      ) : (
        candidates.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('candidates.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('candidates.columns.name')}</th>
                  <th scope="col">{t('candidates.columns.orgNumber')}</th>
                  <th scope="col">{t('candidates.columns.industry')}</th>
                  <th scope="col" className="numeric">
                    {t('candidates.columns.employees')}
                  </th>
                  <th scope="col">{t('candidates.columns.municipality')}</th>
                  <th scope="col">{t('candidates.columns.focusArea')}</th>
                  <th scope="col">{t('candidates.columns.action')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((candidate) => (
                  <CandidateRow
                    key={candidate.orgNumber}
                    candidate={candidate}
                    added={added[candidate.orgNumber]}
                    busy={busy === candidate.orgNumber}
                    onMake={(c, focusAreaIds) => void make(c, focusAreaIds)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      {Boolean(error) && candidates.length > 0 && (
        <p role="alert" className="form-error">
          {describeError(error, t)}
        </p>
      )}
      {hasMore && (
        <p className="list-more">
          <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
            {t('candidates.more')}
          </button>
        </p>
      )}
    </div>
  );
}
