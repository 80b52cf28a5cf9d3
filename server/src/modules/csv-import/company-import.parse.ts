import { badInput } from '../../shared/graphql/errors';
import { findMunicipality } from '../municipality/municipalities';
import { createProspectSchema, type CreateProspectValues } from '../prospect/prospect.inputs';
import { CompanyImportField, fieldSpecs, suggestMapping, type ColumnMappingValue, type ImportKey } from './company-import.fields';
import { CsvFormatError, CsvRecordSplitter, detectDelimiter, splitFields } from './csv-records';

export const maxCsvBytes = 5 * 1024 * 1024;
export const maxRows = 20_000;

export interface ImportIssue {
  /** File line number (the header is line 1). */
  line: number;
  column: string | null;
  field: CompanyImportField | null;
  message: string;
}

export interface ImportRow {
  line: number;
  /** The mapped cells as written in the file (trimmed; empty cells left out). */
  cells: Partial<Record<ImportKey, string>>;
  /** Checked and normalised like a company typed in by hand; null when the row has errors. */
  values: CreateProspectValues | null;
}

export interface ParsedCompanyCsv {
  delimiter: string;
  headers: string[];
  suggestedMapping: ColumnMappingValue[];
  mapping: ColumnMappingValue[];
  rows: ImportRow[];
  issues: ImportIssue[];
}

/**
 * Reads a CSV of companies (`;` or `,`, UTF-8 with or without BOM), maps its
 * columns to company fields (the given mapping, or one suggested from the
 * header names) and checks every row with the rules of a hand-made company.
 * Pure: writes nothing.
 */
export function parseCompanyCsv(csv: string, mapping: ColumnMappingValue[] | null): ParsedCompanyCsv {
  if (Buffer.byteLength(csv) > maxCsvBytes) throw badInput('Fila er for stor: høyst 5 MB kan importeres om gangen. Del den opp.', 'csv');
  const records = splitRecords(csv.replace(/^\uFEFF/, ''));
  if (records.length === 0) throw badInput('Fila er tom.', 'csv');
  if (records.length - 1 > maxRows) {
    throw badInput(`Fila har ${records.length - 1} rader; høyst ${maxRows.toLocaleString('nb-NO')} kan importeres om gangen. Del den opp.`, 'csv');
  }
  const delimiter = detectDelimiter(records[0]!.text);
  const headers = splitFields(records[0]!.text, delimiter).map((h) => h.trim());
  const suggestedMapping = suggestMapping(headers);
  const used = mapping ?? suggestedMapping;
  checkMapping(used, headers);

  const issues: ImportIssue[] = [];
  if (!used.some((m) => m.field === CompanyImportField.NAME)) {
    issues.push({ line: 1, column: null, field: CompanyImportField.NAME, message: 'Ingen kolonne er koblet til navn: hver bedrift må ha et navn.' });
  }
  const rows = records.slice(1).map((record) => {
    const fields = splitFields(record.text, delimiter);
    const row = checkRow(record.line, fields, headers, used);
    issues.push(...row.issues);
    return { line: record.line, cells: row.cells, values: row.values };
  });
  return { delimiter, headers, suggestedMapping, mapping: used, rows, issues };
}

function splitRecords(csv: string) {
  const splitter = new CsvRecordSplitter();
  try {
    return [...splitter.push(csv), ...splitter.end()];
  } catch (error) {
    if (error instanceof CsvFormatError) throw badInput(error.message, 'csv');
    throw error;
  }
}

function checkMapping(mapping: ColumnMappingValue[], headers: string[]): void {
  for (const [i, m] of mapping.entries()) {
    if (!headers.includes(m.column)) throw badInput(`Kolonnen «${m.column}» finnes ikke i fila.`, 'mapping');
    if (mapping.findIndex((other) => other.field === m.field) !== i) throw badInput(`To kolonner er koblet til samme felt (${m.field}).`, 'mapping');
  }
}

function checkRow(line: number, fields: string[], headers: string[], mapping: ColumnMappingValue[]) {
  const issues: ImportIssue[] = [];
  const cells: Partial<Record<ImportKey, string>> = {};
  const input: Record<string, unknown> = { name: '' };
  const columnOf: Partial<Record<ImportKey, string>> = {};
  for (const { column, field } of mapping) {
    const spec = fieldSpecs[field];
    const cell = (fields[headers.indexOf(column)] ?? '').trim();
    columnOf[spec.key] = column;
    if (cell === '') continue; // empty: not given (a merge leaves the field as it is)
    cells[spec.key] = cell;
    if (spec.number) {
      const number = parseWholeNumber(cell);
      if (number === undefined) issues.push({ line, column, field, message: `«${cell}» er ikke et helt tall.` });
      else input[spec.key] = number;
    } else {
      input[spec.key] = cell;
    }
    if ((field === CompanyImportField.MUNICIPALITY || field === CompanyImportField.TARGET_MUNICIPALITY) && /^\d{4}$/.test(cell) && !isKnownMunicipalityNumber(cell)) {
      issues.push({ line, column, field, message: `Ukjent kommunenummer ${cell}.` });
    }
  }
  const parsed = createProspectSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as ImportKey;
      const field = (Object.keys(fieldSpecs) as CompanyImportField[]).find((f) => fieldSpecs[f].key === key) ?? null;
      issues.push({ line, column: columnOf[key] ?? null, field, message: issue.message });
    }
  }
  return { cells, issues, values: parsed.success && issues.length === 0 ? parsed.data : null };
}

/** Whole numbers as Norwegians write them: "1 234" (space, U+00A0 or U+202F), "1.234", "−5" (U+2212), "12,0". */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^-?\d+,0+$/.test(t)) return Number(t.split(',')[0]);
  return undefined;
}

// County numbers in use now (2024), 2020–2023 and before 2020: a municipality number starts with one.
const counties = new Set([
  '03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56',
  '30', '38', '54',
  '01', '02', '04', '05', '06', '07', '08', '09', '10', '12', '14', '16', '17', '19', '20',
]);

/** A number of the region's own list, or one that could exist (a county prefix and 01–99). */
export const isKnownMunicipalityNumber = (number: string) =>
  !!findMunicipality(number) || (counties.has(number.slice(0, 2)) && number.slice(2) !== '00');
