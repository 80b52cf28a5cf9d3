import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { inputProblems } from '../../../shared/apollo/inputProblems';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';
import { Field } from '../../../shared/ui/Field';

export interface ContactValues {
  name: string;
  title: string;
  email: string;
  phone: string;
  doNotContact: boolean;
}

export const emptyContact: ContactValues = { name: '', title: '', email: '', phone: '', doNotContact: false };

/**
 * A contact person's name, role, work e-mail and phone, and the do-not-contact flag. The save
 * gets this form's idempotency key, so a double click adds one person.
 */
export function ContactForm({
  title,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  title: string;
  initial: ContactValues;
  submitLabel: string;
  onSave: (values: ContactValues, idempotencyKey: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Opened on request: the keyboard goes straight to the first field.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const set = (patch: Partial<ContactValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setGeneral(undefined);
    if (!values.name.trim()) {
      setProblems({ name: t('contacts.nameMissing') });
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      await onSave(values, idempotencyKey);
    } catch (error) {
      const answer = inputProblems(error);
      setProblems(answer.byField);
      const unplaced = Object.entries(answer.byField).filter(([field]) => !(field in values));
      const messages = [...answer.general, ...unplaced.map(([, message]) => message)];
      if (messages.length === 0 && Object.keys(answer.byField).length === 0) messages.push(describeError(error, t));
      setGeneral(messages.length ? messages.join(' ') : undefined);
      setSaving(false);
    }
  };

  const text = (field: 'name' | 'title' | 'email' | 'phone', label: string, type = 'text', hint?: string) => (
    <Field label={label} hint={hint} error={problems[field]}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} className="form contact-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {general && (
        <p role="alert" className="form-error">
          {general}
        </p>
      )}
      <div className="form-row">
        {text('name', t('contacts.fields.nameRequired'))}
        {text('title', t('contacts.fields.title'))}
      </div>
      <div className="form-row">
        {text('email', t('contacts.fields.email'), 'email')}
        {text('phone', t('contacts.fields.phone'), 'tel', t('contacts.phoneHint'))}
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-dnc`}
          type="checkbox"
          checked={values.doNotContact}
          onChange={(event) => set({ doNotContact: event.target.checked })}
          aria-describedby={`${id}-dnc-hint`}
        />
        <label htmlFor={`${id}-dnc`}>{t('contacts.fields.doNotContact')}</label>
        <span id={`${id}-dnc-hint`} className="field-hint">
          {t('contacts.doNotContactHint')}
        </span>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('app.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
