import type { CompanyImportField, PreviewCompanyImportQuery } from '../../gql/graphql';

type PreviewRow = PreviewCompanyImportQuery['previewCompanyImport']['rows'][number];

/** The company fields a column can fill, in the order the mapping offers them. */
export const importFields: readonly CompanyImportField[] = [
  'NAME',
  'ORG_NUMBER',
  'WEBSITE',
  'INDUSTRY_CODE',
  'INDUSTRY_TEXT',
  'LEGAL_FORM',
  'EMPLOYEES',
  'ADDRESS',
  'POSTAL_CODE',
  'POSTAL_PLACE',
  'MUNICIPALITY',
  'TARGET_MUNICIPALITY',
  'ESTIMATED_JOBS',
  'SOURCE',
];

/** The preview row's cell for a field: ORG_NUMBER → row.orgNumber. */
export function cellOf(row: PreviewRow, field: CompanyImportField): string | null | undefined {
  const key = field.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof PreviewRow;
  const value = row[key];
  return typeof value === 'string' ? value : null;
}
