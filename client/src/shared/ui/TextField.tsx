import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby'>;

/** A labelled text input, with an optional hint and error under it that screen readers read with the field. */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  ...input
}: InputProps & { label: string; hint?: string; error?: string; value: string; onChange: (value: string) => void }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} value={value} onChange={(event) => onChange(event.target.value)} {...input} />}
    </Field>
  );
}
