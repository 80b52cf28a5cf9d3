import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LastRegisterImportQuery } from '../../../gql/graphql';
import { formatDate, formatTime } from '../../../shared/format/formatDate';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Badge } from '../../../shared/ui/Badge';
import { OrgNumberList } from './OrgNumberList';

type RegisterImport = NonNullable<LastRegisterImportQuery['lastRegisterImport']>;
type Municipality = LastRegisterImportQuery['municipalities'][number];

/** The last import: when, what it kept, and the entities it found new, changed and removed. */
export function RegisterImportSummary({
  registerImport: run,
  municipalities,
}: {
  registerImport: RegisterImport;
  municipalities: readonly Municipality[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = (value: string) => `${formatDate(value, language)} ${formatTime(value, language)}`;
  const name = (number: string) => municipalities.find((m) => m.number === number)?.name ?? number;
  const scope = [
    run.municipalities.length
      ? run.municipalities.map(name).sort((a, b) => a.localeCompare(b, 'nb')).join(', ')
      : t('registerImport.summary.allMunicipalities'),
    run.industryPrefixes.length
      ? t('registerImport.summary.industries', { codes: run.industryPrefixes.join(', ') })
      : t('registerImport.summary.allIndustries'),
  ].join(' · ');
  const tone = run.status === 'FAILED' ? 'stop' : run.status === 'SUCCEEDED' ? 'done' : 'warning';
  const done = run.status === 'SUCCEEDED';

  return (
    <div className="register-import-summary">
      <dl className="summary-list">
        <dt>{t('registerImport.summary.status')}</dt>
        <dd>
          <Badge tone={tone}>{t(`registerImport.status.${run.status}`)}</Badge>
        </dd>
        <dt>{t('registerImport.summary.file')}</dt>
        <dd>
          {run.fileName ?? '–'} ({t(`registerImport.source.${run.source}`)})
        </dd>
        <dt>{t('registerImport.summary.started')}</dt>
        <dd>{when(run.startedAt)}</dd>
        {run.finishedAt && (
          <>
            <dt>{t('registerImport.summary.finished')}</dt>
            <dd>{when(run.finishedAt)}</dd>
          </>
        )}
        {run.startedBy && (
          <>
            <dt>{t('registerImport.summary.by')}</dt>
            <dd>{run.startedBy.name}</dd>
          </>
        )}
        <dt>{t('registerImport.summary.scope')}</dt>
        <dd>{scope}</dd>
        <dt>{t('registerImport.summary.rowsRead')}</dt>
        <dd>{formatNumber(run.rowsRead, language)}</dd>
        <dt>{t('registerImport.summary.rowsKept')}</dt>
        <dd>{formatNumber(run.rowsKept, language)}</dd>
        {run.error && (
          <>
            <dt>{t('registerImport.summary.error')}</dt>
            <dd>{run.error}</dd>
          </>
        )}
      </dl>
      {done && (
        <>
          <h4>{t('registerImport.changes')}</h4>
          <ul className="register-changes">
            <OrgNumberList label={t('registerImport.new')} numbers={run.newOrgNumbers ?? []} />
            <OrgNumberList label={t('registerImport.changed')} numbers={run.changedOrgNumbers ?? []} />
            <OrgNumberList label={t('registerImport.removed')} numbers={run.removedOrgNumbers ?? []} />
          </ul>
          <p>
            <Link to="/companies/find">{t('registerImport.findLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
