import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { saveFailure } from '../../../shared/apollo/saveFailure';
import { Badge } from '../../../shared/ui/Badge';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Field } from '../../../shared/ui/Field';
import type { MeetingKind } from '../../../gql/graphql';
import { useMeetingFormData } from '../hooks/useMeetingFormData';
import { meetingKinds } from '../../../shared/domain/meetingKinds';
import { changedMeetingValues, meetingValues, type MeetingDraft, type MeetingValues } from '../meetingDraft';
import { CompanyPicker, type PickedCompany } from './CompanyPicker';

// Where the server's field names land in this form, and the fields that show their own problems.
const fieldOf: Record<string, string> = { startsAt: 'date', prospectIds: 'company' };
const placedFields = ['company', 'date', 'kind', 'userIds', 'contactIds', 'minutes', 'outcome', 'nextStep', 'followUpDate'];

/** Someone who took part, as the meeting was logged. */
export interface Participant {
  id: string;
  name: string;
  title?: string | null;
  doNotContact?: boolean;
}

/** What the form hands over: the company, every value, and those changed since it started (or was reloaded). */
export interface SubmittedMeeting {
  company: PickedCompany;
  values: MeetingValues;
  changes: Partial<MeetingValues>;
}

/**
 * A meeting, logged or corrected, all of it by keyboard: fields in reading order, each labelled;
 * Enter in a one-line field saves, Ctrl+Enter in a text area too. Date and time are Norwegian
 * time. What to do with the values is the caller's (`onSubmit`); a failure it throws is shown
 * here, by its field where it names one.
 */
export function MeetingForm({
  start,
  company: fixedCompany,
  initialCompanyId,
  participants,
  viewerId,
  submitLabel,
  onSubmit,
  onReload,
  onCancel,
}: {
  /** What the form starts with: a new meeting's defaults, or the logged meeting's values. */
  start: MeetingDraft;
  /** The company the meeting concerns (fixed); without it, the form asks for one first. */
  company?: PickedCompany;
  /** A company filled in that the user may change (its name is looked up). */
  initialCompanyId?: string;
  /** A logged meeting's participants: listed even when no longer in the team or among the company's contacts, so they can be taken off. */
  participants?: { users: readonly Participant[]; contacts: readonly Participant[] };
  viewerId: string;
  submitLabel: string;
  onSubmit: (meeting: SubmittedMeeting) => Promise<void>;
  /** After a CONFLICT: the meeting as it is now on the server, for the form to start over from. */
  onReload?: () => Promise<MeetingDraft>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const conflictBox = useRef<HTMLDivElement>(null);
  const [company, setCompany] = useState<PickedCompany | undefined>(
    fixedCompany ?? (initialCompanyId ? { id: initialCompanyId, name: '' } : undefined),
  );
  // `base` is what "changed" is measured against: the start, or the version reloaded after a conflict.
  const [{ base, draft }, setState] = useState({ base: start, draft: start });
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { team, company: details, error, retry } = useMeetingFormData(company?.id);

  // A company given by id only gets its name once it is looked up (from the cache, usually).
  useEffect(() => {
    if (details && company?.id === details.id && !company.name) setCompany({ id: details.id, name: details.name });
  }, [details, company]);

  // After a refusal the keyboard user lands on what to fix: the conflict, else the first field in error.
  useEffect(() => {
    if (attempt === 0) return;
    if (conflict) conflictBox.current?.focus();
    else form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, conflict]);

  const change = (patch: Partial<MeetingDraft>) => setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }));
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || reloading || conflict) return;
    setGeneral(undefined);
    setNotice(undefined);
    const values = meetingValues(draft);
    const found: Record<string, string> = {};
    if (!company) found.company = t('meeting.problems.companyMissing');
    if (!values) found.date = t('meeting.problems.whenMissing');
    setProblems(found);
    if (!company || !values) {
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ company, values, changes: changedMeetingValues(base, draft) });
    } catch (caught) {
      const failure = saveFailure(caught, placedFields, t, fieldOf);
      setProblems(failure.fields);
      // Only a logged meeting has a version to conflict with, and a version to reload.
      if (failure.conflict && onReload) setConflict(failure.conflict);
      else setGeneral(failure.conflict ?? failure.general);
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  /** After a CONFLICT: the meeting as it is now, my changes dropped. */
  const reload = async () => {
    if (!onReload) return;
    setReloading(true);
    setGeneral(undefined);
    try {
      const latest = await onReload();
      setState({ base: latest, draft: latest });
      setConflict(undefined);
      setProblems({});
      setNotice(t('meeting.reloaded'));
      form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
    } catch (failure) {
      setGeneral(describeError(failure, t));
    } finally {
      setReloading(false);
    }
  };

  // Ctrl+Enter (⌘+Enter) saves from a text area, where Enter makes a new line.
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  if (error && !team) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  const teamChoices = team && withLogged(team, participants?.users);
  const contactChoices = details && withLogged(details.contacts, participants?.contacts);

  return (
    <form ref={form} className="form meeting-form" noValidate onSubmit={(event) => void submit(event)}>
      {conflict && (
        <div ref={conflictBox} role="alert" className="form-error conflict" tabIndex={-1}>
          <p>{conflict}</p>
          <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
            {t('meeting.reload')}
          </button>
        </div>
      )}
      {general && (
        <p role="alert" className="form-error">
          {general}
        </p>
      )}
      <p role="status" className="form-status">
        {notice ?? ''}
      </p>
      {fixedCompany ? (
        <p className="meeting-company">
          <span className="muted">{t('meeting.fields.company')}:</span> <strong>{fixedCompany.name}</strong>
        </p>
      ) : (
        <CompanyPicker
          value={company}
          onChange={(picked) => {
            setCompany(picked);
            change({ contactIds: [] });
          }}
          error={problems.company}
        />
      )}
      <div className="form-row">
        <Field label={t('meeting.fields.kind')} error={problems.kind}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(event) => change({ kind: event.target.value as MeetingKind })}
              data-autofocus={fixedCompany ? true : undefined}
            >
              {meetingKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`meeting.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meeting.fields.date')} error={problems.date}>
          {(control) => <input {...control} type="date" value={draft.date} onChange={(event) => change({ date: event.target.value })} />}
        </Field>
        <Field label={t('meeting.fields.time')} hint={t('meeting.timeHint')}>
          {(control) => <input {...control} type="time" value={draft.time} onChange={(event) => change({ time: event.target.value })} />}
        </Field>
      </div>

      <div className="form-row">
        <fieldset className="participants" aria-describedby={problems.userIds ? `${id}-users-error` : undefined}>
          <legend>{t('meeting.fields.team')}</legend>
          {teamChoices ? (
            <ul className="checkbox-list">
              {teamChoices.map((user) => (
                <li key={user.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={draft.userIds.includes(user.id)}
                      onChange={(event) => change({ userIds: toggle(draft.userIds, user.id, event.target.checked) })}
                    />{' '}
                    {user.name}
                    {user.id === viewerId && <span className="muted"> ({t('meeting.you')})</span>}
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
          {problems.userIds && (
            <span id={`${id}-users-error`} className="field-error">
              {problems.userIds}
            </span>
          )}
        </fieldset>
        <fieldset className="participants" aria-describedby={problems.contactIds ? `${id}-contacts-error` : undefined}>
          <legend>{t('meeting.fields.contacts')}</legend>
          {!company ? (
            <p className="muted">{t('meeting.contactsAfterCompany')}</p>
          ) : !contactChoices ? (
            <p className="muted">{t('app.loading')}</p>
          ) : contactChoices.length === 0 ? (
            <p className="muted">{t('meeting.noContacts')}</p>
          ) : (
            <ul className="checkbox-list">
              {contactChoices.map((contact) => (
                <li key={contact.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={draft.contactIds.includes(contact.id)}
                      onChange={(event) => change({ contactIds: toggle(draft.contactIds, contact.id, event.target.checked) })}
                    />{' '}
                    {contact.name}
                    {contact.title && <span className="muted"> · {contact.title}</span>}
                    {contact.doNotContact && <Badge tone="stop">{t('contacts.doNotContactBadge')}</Badge>}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {problems.contactIds && (
            <span id={`${id}-contacts-error`} className="field-error">
              {problems.contactIds}
            </span>
          )}
        </fieldset>
      </div>

      <Field label={t('meeting.fields.minutes')} hint={t('meeting.minutesHint')} error={problems.minutes}>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={draft.minutes}
            onChange={(event) => change({ minutes: event.target.value })}
            onKeyDown={submitOnCtrlEnter}
          />
        )}
      </Field>
      <Field label={t('meeting.fields.outcome')} error={problems.outcome}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.outcome}
            onChange={(event) => change({ outcome: event.target.value })}
            onKeyDown={submitOnCtrlEnter}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t('meeting.fields.nextStep')} error={problems.nextStep}>
          {(control) => (
            <input {...control} autoComplete="off" value={draft.nextStep} onChange={(event) => change({ nextStep: event.target.value })} />
          )}
        </Field>
        <Field label={t('meeting.fields.followUpDate')} error={problems.followUpDate}>
          {(control) => (
            <input {...control} type="date" value={draft.followUpDate} onChange={(event) => change({ followUpDate: event.target.value })} />
          )}
        </Field>
        {draft.followUpDone !== undefined && (
          <div className="field follow-up-done">
            <label>
              <input
                type="checkbox"
                checked={draft.followUpDone}
                onChange={(event) => change({ followUpDone: event.target.checked })}
              />{' '}
              {t('meeting.fields.followUpDone')}
            </label>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || reloading || Boolean(conflict)}>
          {saving ? t('app.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('meeting.cancel')}
        </button>
        <span className="field-hint">{t('meeting.keyboardHint')}</span>
      </div>
    </form>
  );
}

/** The people to choose from, then those logged in the meeting who are not among them (a former team member, another company's contact). */
function withLogged(listed: readonly Participant[], logged: readonly Participant[] = []): Participant[] {
  const listedIds = new Set(listed.map((person) => person.id));
  return [...listed, ...logged.filter((person) => !listedIds.has(person.id))];
}
