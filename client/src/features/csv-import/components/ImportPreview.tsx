import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreviewCompanyImportQuery } from '../../../gql/graphql';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { cellOf } from '../importFields';

type Preview = PreviewCompanyImportQuery['previewCompanyImport'];

/** The first rows as the mapping reads them, the file's errors by line, and the duplicates. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const fields = preview.mapping.map((m) => m.field);
  return (
    <>
      <h3>{t('csvImport.previewTitle')}</h3>
      <p>{t('csvImport.rowCount', { count: preview.rowCount })}</p>
      {preview.rows.length > 0 && fields.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('csvImport.previewLabel')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('csvImport.line')}
                </th>
                {fields.map((field) => (
                  <th key={field} scope="col">
                    {t(`csvImport.fields.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line}>
                  <th scope="row" className="numeric">
                    {row.line}
                  </th>
                  {fields.map((field) => (
                    <td key={field}>{cellOf(row, field) ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('csvImport.issuesTitle')}</h3>
      {preview.issues.length === 0 ? (
        <p>{t('csvImport.noIssues')}</p>
      ) : (
        <div className="import-issues">
          <p role="alert" className="form-error">
            {t('csvImport.issuesIntro', { count: preview.issues.length })}
          </p>
          <ul>
            {preview.issues.map((issue, i) => (
              <li key={i}>
                {issue.column
                  ? t('csvImport.issueColumn', { line: issue.line, column: issue.column, message: issue.message })
                  : t('csvImport.issue', { line: issue.line, message: issue.message })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {preview.duplicates.length > 0 && (
        <>
          <h3>{t('csvImport.duplicatesTitle')}</h3>
          <ul className="import-duplicates">
            {preview.duplicates.map((d) => (
              <li key={`${d.line}-${d.kind}`}>
                {d.kind === 'EXISTING_COMPANY' ? (
                  <>
                    {t('csvImport.duplicateExisting', { line: d.line, orgNumber: formatOrgNumber(d.orgNumber) })}{' '}
                    {d.prospectId ? (
                      <Link to={`/companies/${d.prospectId}`}>{d.prospectName ?? d.prospectId}</Link>
                    ) : (
                      d.prospectName
                    )}
                  </>
                ) : (
                  t('csvImport.duplicateRepeated', { line: d.line, orgNumber: formatOrgNumber(d.orgNumber), firstLine: d.firstLine })
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
