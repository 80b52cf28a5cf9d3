import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LastRegisterImportQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Field } from '../../../shared/ui/Field';
import {
  RegisterUploadAborted,
  RegisterUploadError,
  uploadRegisterFile,
  type RegisterImportProgress,
} from '../uploadRegisterFile';
import { LastRegisterImportQuery as LastImportDocument } from '../hooks/useLastRegisterImport';
import '../registerImport.css';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

type Municipality = LastRegisterImportQuery['municipalities'][number];

const industryPattern = /^\d{2}(\.\d{0,3})?$/;
const megabytes = (bytes: number, language: 'nb' | 'en') =>
  formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, language);

/** "16, 52.1 16.110" → ["16", "52.1", "16.110"]; null when one is not an industry code. */
export function parseIndustryPrefixes(text: string): string[] | null {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return codes.every((code) => industryPattern.test(code)) ? [...new Set(codes)] : null;
}

/**
 * Upload of Enhetsregisteret's bulk file with the municipalities and industries to keep (the last
 * import's choice, or the region's municipalities), a progress bar, and a way to cancel.
 */
export function RegisterImportForm({
  municipalities,
  lastScope,
}: {
  municipalities: readonly Municipality[];
  lastScope: { municipalities: readonly string[]; industryPrefixes: readonly string[] } | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<Set<string> | null>(lastScope ? new Set(lastScope.municipalities) : null);
  const [industries, setIndustries] = useState(lastScope?.industryPrefixes.join(', ') ?? '');
  const [errors, setErrors] = useState<{ file?: string; scope?: string; industries?: string }>({});
  const [upload, setUpload] = useState<{ sent: number; total: number; server?: RegisterImportProgress }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const abort = useRef<() => void>(undefined);
  useEffect(() => () => abort.current?.(), []);

  // Until the user ticks something, the region's own municipalities are ticked.
  const ticked = chosen ?? new Set(municipalities.filter((m) => m.inRegion).map((m) => m.number));
  const toggle = (number: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(number);
    else next.delete(number);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const prefixes = parseIndustryPrefixes(industries);
    const problems = {
      file: file ? undefined : t('registerImport.fileMissing'),
      industries: prefixes ? undefined : t('registerImport.industriesInvalid'),
      scope: prefixes && ticked.size === 0 && prefixes.length === 0 ? t('registerImport.scopeMissing') : undefined,
    };
    setErrors(problems);
    setOutcome(undefined);
    if (!file || !prefixes || problems.scope) return;

    setUpload({ sent: 0, total: file.size });
    const run = uploadRegisterFile(
      file,
      { municipalities: [...ticked].sort(), industryPrefixes: prefixes },
      {
        onUpload: (sent, total) => setUpload((current) => ({ ...current, sent, total })),
        onProgress: (server) => setUpload((current) => ({ sent: current?.sent ?? 0, total: current?.total ?? file.size, server })),
      },
    );
    abort.current = run.abort;
    try {
      await run.done;
      const { data } = await client.query({ query: LastImportDocument, fetchPolicy: 'network-only' });
      // The candidates for new companies have changed with the register copy.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'prospectCandidates' });
      const last = data?.lastRegisterImport;
      setOutcome({
        failed: false,
        text: t('registerImport.done', {
          new: last?.newOrgNumbers?.length ?? 0,
          changed: last?.changedOrgNumbers?.length ?? 0,
          removed: last?.removedOrgNumbers?.length ?? 0,
        }),
      });
    } catch (error) {
      if (error instanceof RegisterUploadAborted) setOutcome({ failed: true, text: t('registerImport.cancelled') });
      else if (error instanceof RegisterUploadError && error.message) {
        setOutcome({ failed: true, text: t('registerImport.failed', { message: error.message }) });
      } else setOutcome({ failed: true, text: t('error.unreachable') });
      // A failed run is the last import now: show its report.
      void client.refetchQueries({ include: [LastImportDocument] });
    } finally {
      abort.current = undefined;
      setUpload(undefined);
    }
  };

  const busy = upload !== undefined;
  const read = Math.max(upload?.sent ?? 0, upload?.server?.bytesRead ?? 0);
  const total = upload?.total || upload?.server?.totalBytes || 0;

  return (
    <form className="form register-import-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <Field label={t('registerImport.file')} hint={t('registerImport.fileHint')} error={errors.file}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.gz,.json,text/csv,application/json,application/gzip"
            disabled={busy}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <fieldset className="form-section checkbox-group" aria-describedby="register-municipalities-hint" disabled={busy}>
        <legend>{t('registerImport.municipalities')}</legend>
        {municipalities.map((m) => (
          <label key={m.number} className="register-municipality">
            <input type="checkbox" checked={ticked.has(m.number)} onChange={(event) => toggle(m.number, event.target.checked)} />
            {m.name ?? m.number} ({m.number})
          </label>
        ))}
        <span id="register-municipalities-hint" className="field-hint">
          {t('registerImport.municipalitiesHint')}
        </span>
      </fieldset>
      <Field label={t('registerImport.industries')} hint={t('registerImport.industriesHint')} error={errors.industries}>
        {(control) => (
          <input {...control} value={industries} disabled={busy} onChange={(event) => setIndustries(event.target.value)} />
        )}
      </Field>
      {errors.scope && (
        <p role="alert" className="form-error">
          {errors.scope}
        </p>
      )}
      {busy ? (
        <div className="register-progress">
          <label htmlFor="register-progress">{t('registerImport.progressLabel')}</label>
          <progress id="register-progress" max={total || undefined} value={total ? Math.min(read, total) : undefined} />
          <p className="muted">
            {total
              ? t('registerImport.progress', {
                  read: megabytes(read, language),
                  total: megabytes(total, language),
                  rows: formatNumber(upload.server?.rowsRead ?? 0, language),
                  kept: formatNumber(upload.server?.rowsKept ?? 0, language),
                })
              : t('registerImport.progressUnknown', {
                  read: megabytes(read, language),
                  rows: formatNumber(upload.server?.rowsRead ?? 0, language),
                  kept: formatNumber(upload.server?.rowsKept ?? 0, language),
                })}
          </p>
          <button type="button" className="button" onClick={() => abort.current?.()}>
            {t('registerImport.cancel')}
          </button>
        </div>
      ) : (
        <button type="submit" className="button button-primary">
          {t('registerImport.submit')}
        </button>
      )}
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
