import type { SelectHTMLAttributes } from 'react';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  municipalities: readonly { number: string; name?: string | null }[];
  value: string;
  onChange: (number: string) => void;
  /** The first option, which means no municipality (value ''). */
  anyLabel: string;
}

/** One municipality by number, or any: the register search and the candidate filter. */
export function MunicipalitySelect({ municipalities, value, onChange, anyLabel, ...control }: Props) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{anyLabel}</option>
      {municipalities.map((m) => (
        <option key={m.number} value={m.number}>
          {m.name ?? m.number}
        </option>
      ))}
    </select>
  );
}
