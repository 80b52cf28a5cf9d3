import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../shared/apollo/describeError';
import { inputProblems } from '../../../shared/apollo/inputProblems';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useCreateProspect } from '../hooks/useCreateProspect';
import { useProspectFormOptions } from '../hooks/useProspectFormOptions';
import { emptyDraft, readDraft, withRegisterFill, type ProspectDraft, type RegisterFill } from '../prospectDraft';
import { ProspectFields } from './ProspectFields';
import '../prospect.css';

/** The register's part of the form, given by the page (the register is a feature of its own). */
export interface RegisterParts {
  /** The organisation-number field, which looks the number up and hands a found company on. */
  orgNumberField: (field: {
    value: string;
    onChange: (value: string) => void;
    onFound: (entity: RegisterFill) => void;
    error?: string;
  }) => ReactNode;
  /** A search by name (and municipality) whose picked hit fills the form. */
  search: (onPick: (entity: RegisterFill) => void) => ReactNode;
}

const draftFieldNames = new Set(Object.keys(emptyDraft('')));

/**
 * A new company: the organisation number fills the form from the register (or a search by name
 * does), then focus areas, target group and the rest; everything can be typed by hand. One
 * idempotency key per form, so a double click creates one company.
 */
export function NewCompanyForm({
  viewerId,
  register,
  onCreated,
}: {
  viewerId: string;
  register: RegisterParts;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const searchToggle = useRef<HTMLButtonElement>(null);
  const { options, error: optionsError, retry } = useProspectFormOptions();
  const { createProspect, creating, error, reset } = useCreateProspect();
  const [draft, setDraft] = useState<ProspectDraft>(() => emptyDraft(viewerId));
  const [localProblems, setLocalProblems] = useState<Partial<Record<string, string>>>({});
  const [searchOpen, setSearchOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const server = inputProblems(error);
  const problems = { ...server.byField, ...localProblems };
  const general = [
    ...server.general,
    ...Object.entries(server.byField)
      .filter(([field]) => !draftFieldNames.has(field))
      .map(([, message]) => message),
  ];
  if (error && general.length === 0 && Object.keys(server.byField).length === 0) general.push(describeError(error, t));

  // After a failed try, take the keyboard to the first field to fix.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const change = (patch: Partial<ProspectDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const fill = (entity: RegisterFill) => setDraft((current) => withRegisterFill(current, entity));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    reset();
    const { values, problems: found } = readDraft(draft, t);
    setLocalProblems(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const created = await createProspect(values);
    if (created) onCreated(created.id);
    else setAttempt((n) => n + 1);
  };

  if (optionsError && !options) return <ErrorNotice message={describeError(optionsError, t)} onRetry={retry} />;
  if (!options) return <p role="status">{t('app.loading')}</p>;

  return (
    <form
      ref={form}
      className="form prospect-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('prospect.new.title')}
      </h2>
      {general.length > 0 && (
        <div role="alert" className="form-error">
          {general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <ProspectFields
        draft={draft}
        onChange={change}
        problems={problems}
        options={options}
        orgNumberField={
          <>
            {register.orgNumberField({
              value: draft.orgNumber,
              onChange: (orgNumber) => change({ orgNumber }),
              onFound: fill,
              error: problems.orgNumber,
            })}
            <button
              ref={searchToggle}
              type="button"
              className="button button-small register-search-toggle"
              aria-expanded={searchOpen}
              onClick={() => setSearchOpen((open) => !open)}
            >
              {searchOpen ? t('prospect.new.closeSearch') : t('prospect.new.openSearch')}
            </button>
            {searchOpen &&
              register.search((entity) => {
                setSearchOpen(false);
                fill(entity);
                searchToggle.current?.focus();
              })}
          </>
        }
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={creating}>
          {creating ? t('app.saving') : t('prospect.new.submit')}
        </button>
        <Link to="/companies">{t('prospect.cancel')}</Link>
      </div>
    </form>
  );
}
