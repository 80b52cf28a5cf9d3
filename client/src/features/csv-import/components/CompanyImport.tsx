import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColumnMappingInput, DuplicateHandling } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';
import { Field } from '../../../shared/ui/Field';
import { useCommitCompanyImport, useCompanyImportPreview } from '../hooks/useCompanyImport';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreview } from './ImportPreview';
import '../csvImport.css';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

// The server's limit (previewCompanyImport): a bigger file is refused at once, without sending it.
const maxBytes = 5 * 1024 * 1024;

type Report = { created: number; merged: number; skipped: number };

/**
 * CSV import of companies: choose a file → map its columns (the server's suggestion first) → read
 * the preview, errors by line and duplicates → confirm (all or nothing) or cancel (nothing).
 */
export function CompanyImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [fileError, setFileError] = useState<string>();
  // null: the server's suggested mapping (the first preview), then the user's.
  const [mapping, setMapping] = useState<ColumnMappingInput[] | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateHandling>('SKIP');
  // One key per file and mapping: a retry after a lost answer gets the first report back.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [report, setReport] = useState<Report>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [inputKey, setInputKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const { data, previousData, loading, error, refetch } = useCompanyImportPreview(file?.csv ?? null, mapping);
  const preview = (data ?? previousData)?.previewCompanyImport;
  const { commit, committing } = useCommitCompanyImport();
  // The server's objects carry __typename: the input type has only column and field.
  const shownMapping = mapping ?? preview?.mapping.map(({ column, field }) => ({ column, field })) ?? [];

  const start = (message?: Outcome) => {
    setFile(null);
    setMapping(null);
    setDuplicates('SKIP');
    setIdempotencyKey(newIdempotencyKey());
    setReport(undefined);
    setOutcome(message);
    setInputKey((key) => key + 1);
    // The new file input is there after the render: focus it then.
    requestAnimationFrame(() => fileInput.current?.focus());
  };

  const choose = async (chosen: File | undefined) => {
    setOutcome(undefined);
    setReport(undefined);
    setMapping(null);
    setIdempotencyKey(newIdempotencyKey());
    if (!chosen) return setFile(null);
    if (chosen.size > maxBytes) {
      setFile(null);
      return setFileError(t('csvImport.tooBig'));
    }
    setFileError(undefined);
    setFile({ name: chosen.name, csv: await chosen.text() });
  };

  const changeMapping = (next: ColumnMappingInput[]) => {
    setMapping(next);
    setIdempotencyKey(newIdempotencyKey());
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setOutcome(undefined);
    try {
      const result = await commit({ csv: file.csv, mapping: shownMapping, duplicates, idempotencyKey });
      setReport(result);
      setOutcome({ failed: false, text: t('csvImport.done', result) });
    } catch (e) {
      setOutcome({ failed: true, text: describeError(e, t) });
    }
  };

  const status = (
    <>
      <OutcomeMessage outcome={outcome} />
    </>
  );

  if (report) {
    return (
      <div className="company-import">
        {status}
        <p className="form-actions">
          <Link className="button button-primary" to="/companies">
            {t('csvImport.toCompanies')}
          </Link>
          <button type="button" className="button" onClick={() => start()}>
            {t('csvImport.another')}
          </button>
        </p>
      </div>
    );
  }

  const busy = loading || committing;
  return (
    <div className="company-import">
      <div className="form">
        <Field label={t('csvImport.file')} hint={t('csvImport.fileHint')} error={fileError}>
          {(control) => (
            <input
              {...control}
              key={inputKey}
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              disabled={committing}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          )}
        </Field>
      </div>
      {status}
      {file && error && !preview && (
        <p role="alert" className="form-error">
          {describeError(error, t)}{' '}
          <button type="button" className="button button-small" onClick={() => void refetch()}>
            {t('error.retry')}
          </button>
        </p>
      )}
      {file && !preview && loading && <p className="muted">{t('csvImport.reading')}</p>}
      {file && preview && (
        <div aria-busy={busy}>
          <ColumnMapping headers={preview.headers} mapping={shownMapping} disabled={committing} onChange={changeMapping} />
          {error && (
            <p role="alert" className="form-error">
              {describeError(error, t)}
            </p>
          )}
          <ImportPreview preview={preview} />
          {preview.duplicates.length > 0 && (
            <fieldset className="form-section" disabled={committing}>
              <legend>{t('csvImport.duplicatesChoice')}</legend>
              {(['SKIP', 'MERGE'] as const).map((choice) => (
                <label key={choice} className="import-choice">
                  <input
                    type="radio"
                    name="duplicates"
                    value={choice}
                    checked={duplicates === choice}
                    onChange={() => setDuplicates(choice)}
                  />
                  {t(choice === 'SKIP' ? 'csvImport.skip' : 'csvImport.merge')}
                </label>
              ))}
            </fieldset>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy || !preview.canCommit || !data}
              onClick={() => void confirm()}
            >
              {committing ? t('csvImport.committing') : t('csvImport.commit', { count: preview.rowCount })}
            </button>
            <button type="button" className="button" disabled={committing} onClick={() => start({ failed: false, text: t('csvImport.cancelled') })}>
              {t('csvImport.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
