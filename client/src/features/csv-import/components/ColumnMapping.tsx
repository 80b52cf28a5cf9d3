import { useTranslation } from 'react-i18next';
import type { ColumnMappingInput, CompanyImportField } from '../../../gql/graphql';
import { Field } from '../../../shared/ui/Field';
import { importFields } from '../importFields';

/** One select per column of the file: the company field it fills, or none. */
export function ColumnMapping({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: readonly string[];
  mapping: readonly ColumnMappingInput[];
  disabled: boolean;
  onChange: (mapping: ColumnMappingInput[]) => void;
}) {
  const { t } = useTranslation();
  const fieldOf = (column: string) => mapping.find((m) => m.column === column)?.field ?? '';
  const choose = (column: string, field: CompanyImportField | '') => {
    const rest = mapping.filter((m) => m.column !== column);
    // Keep the file's column order, so the request (and the preview's table) reads like the file.
    const next = field ? [...rest, { column, field }] : rest;
    onChange(headers.flatMap((header) => next.filter((m) => m.column === header)));
  };
  return (
    <fieldset className="form-section">
      <legend>{t('csvImport.mappingTitle')}</legend>
      <p className="field-hint">{t('csvImport.mappingIntro')}</p>
      <div className="form-row column-mapping">
        {headers.map((header) => (
          <Field key={header} label={t('csvImport.columnFor', { column: header })}>
            {(control) => (
              <select
                {...control}
                value={fieldOf(header)}
                disabled={disabled}
                onChange={(event) => choose(header, event.target.value as CompanyImportField | '')}
              >
                <option value="">{t('csvImport.ignore')}</option>
                {importFields.map((field) => (
                  <option key={field} value={field}>
                    {t(`csvImport.fields.${field}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
