import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui/TextField';

export interface Names {
  nameNb: string;
  nameEn: string;
}

/** What is missing of the two names (focus areas and stages are named in both languages). */
export function nameProblems(names: Names, t: TFunction): Partial<Record<keyof Names, string>> {
  return {
    ...(names.nameNb.trim() ? {} : { nameNb: t('projectSetup.nameMissing') }),
    ...(names.nameEn.trim() ? {} : { nameEn: t('projectSetup.nameMissing') }),
  };
}

/** The bokmål and English name, side by side. */
export function NameFields({
  names,
  problems,
  onChange,
}: {
  names: Names;
  problems: Partial<Record<string, string>>;
  onChange: (patch: Partial<Names>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      {(['nameNb', 'nameEn'] as const).map((field) => (
        <TextField
          key={field}
          label={t(`projectSetup.fields.${field}`)}
          error={problems[field]}
          autoComplete="off"
          value={names[field]}
          onChange={(value) => onChange({ [field]: value })}
        />
      ))}
    </div>
  );
}
