import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { inputProblems } from '../../../shared/apollo/inputProblems';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';
import { Badge } from '../../../shared/ui/Badge';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Field } from '../../../shared/ui/Field';
import type { MeetingKind } from '../../../gql/graphql';
import { useCreateMeeting } from '../hooks/useCreateMeeting';
import { useMeetingFormData } from '../hooks/useMeetingFormData';
import { meetingKinds } from '../../../shared/domain/meetingKinds';
import { osloDateAndTime, osloIsoString } from '../osloTime';
import { CompanyPicker, type PickedCompany } from './CompanyPicker';

// Where the server's field names land in this form.
const fieldOf: Record<string, string> = { startsAt: 'date', prospectIds: 'company' };

/**
 * Logs a meeting, all of it by keyboard: fields in reading order, each labelled; Enter in a
 * one-line field saves, Ctrl+Enter in a text area too. Date and time start at now, Norwegian
 * time; the team participants start with the one logging. One idempotency key per form.
 */
export function MeetingForm({
  company: fixedCompany,
  initialCompanyId,
  viewerId,
  onSaved,
  onCancel,
}: {
  /** The company the meeting concerns; without it, the form asks for one first. */
  company?: PickedCompany;
  /** A company filled in that the user may change (its name is looked up). */
  initialCompanyId?: string;
  viewerId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [start] = useState(() => osloDateAndTime(new Date()));
  const [company, setCompany] = useState<PickedCompany | undefined>(
    fixedCompany ?? (initialCompanyId ? { id: initialCompanyId, name: '' } : undefined),
  );
  const [kind, setKind] = useState<MeetingKind>('DIALOGUE_MEETING');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [userIds, setUserIds] = useState<string[]>([viewerId]);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const { team, company: details, error, retry } = useMeetingFormData(company?.id);
  const { createMeeting, saving } = useCreateMeeting();

  // A company given by id only gets its name once it is looked up (from the cache, usually).
  useEffect(() => {
    if (details && company?.id === details.id && !company.name) setCompany({ id: details.id, name: details.name });
  }, [details, company]);

  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setGeneral(undefined);
    const found: Record<string, string> = {};
    const startsAt = osloIsoString(date, time);
    if (!company) found.company = t('meeting.problems.companyMissing');
    if (!startsAt) found.date = t('meeting.problems.whenMissing');
    setProblems(found);
    if (!company || !startsAt) {
      setAttempt((n) => n + 1);
      return;
    }
    const text = (value: string) => value.trim() || null;
    try {
      await createMeeting(
        {
          kind,
          startsAt,
          prospectIds: [company.id],
          userIds,
          contactIds,
          minutes: text(minutes),
          outcome: text(outcome),
          nextStep: text(nextStep),
          followUpDate: followUpDate || null,
        },
        idempotencyKey,
      );
      onSaved();
    } catch (failure) {
      const answer = inputProblems(failure);
      const placed: Record<string, string> = {};
      for (const [field, message] of Object.entries(answer.byField)) placed[fieldOf[field] ?? field] = message;
      setProblems(placed);
      const known = new Set(['company', 'date', 'kind', 'userIds', 'contactIds', 'minutes', 'outcome', 'nextStep', 'followUpDate']);
      const messages = [...answer.general, ...Object.entries(placed).filter(([f]) => !known.has(f)).map(([, m]) => m)];
      if (messages.length === 0 && Object.keys(placed).length === 0) messages.push(describeError(failure, t));
      setGeneral(messages.length ? messages.join(' ') : undefined);
      setAttempt((n) => n + 1);
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

  return (
    <form ref={form} className="form meeting-form" noValidate onSubmit={(event) => void submit(event)}>
      {general && (
        <p role="alert" className="form-error">
          {general}
        </p>
      )}
      {fixedCompany ? (
        <p className="meeting-company">
          <span className="muted">{t('meeting.fields.company')}:</span> <strong>{fixedCompany.name}</strong>
        </p>
      ) : (
        <CompanyPicker
          value={company}
          onChange={(picked) => {
            setCompany(picked);
            setContactIds([]);
          }}
          error={problems.company}
        />
      )}
      <div className="form-row">
        <Field label={t('meeting.fields.kind')} error={problems.kind}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(event) => setKind(event.target.value as MeetingKind)}
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
          {(control) => <input {...control} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
        </Field>
        <Field label={t('meeting.fields.time')} hint={t('meeting.timeHint')}>
          {(control) => <input {...control} type="time" value={time} onChange={(event) => setTime(event.target.value)} />}
        </Field>
      </div>

      <div className="form-row">
        <fieldset className="participants" aria-describedby={problems.userIds ? `${id}-users-error` : undefined}>
          <legend>{t('meeting.fields.team')}</legend>
          {team ? (
            <ul className="checkbox-list">
              {team.map((user) => (
                <li key={user.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={userIds.includes(user.id)}
                      onChange={(event) => setUserIds((ids) => toggle(ids, user.id, event.target.checked))}
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
          ) : !details ? (
            <p className="muted">{t('app.loading')}</p>
          ) : details.contacts.length === 0 ? (
            <p className="muted">{t('meeting.noContacts')}</p>
          ) : (
            <ul className="checkbox-list">
              {details.contacts.map((contact) => (
                <li key={contact.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={contactIds.includes(contact.id)}
                      onChange={(event) => setContactIds((ids) => toggle(ids, contact.id, event.target.checked))}
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
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        )}
      </Field>
      <Field label={t('meeting.fields.outcome')} error={problems.outcome}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            onKeyDown={submitOnCtrlEnter}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t('meeting.fields.nextStep')} error={problems.nextStep}>
          {(control) => (
            <input {...control} autoComplete="off" value={nextStep} onChange={(event) => setNextStep(event.target.value)} />
          )}
        </Field>
        <Field label={t('meeting.fields.followUpDate')} error={problems.followUpDate}>
          {(control) => (
            <input {...control} type="date" value={followUpDate} onChange={(event) => setFollowUpDate(event.target.value)} />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('app.saving') : t('meeting.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('meeting.cancel')}
        </button>
        <span className="field-hint">{t('meeting.keyboardHint')}</span>
      </div>
    </form>
  );
}
