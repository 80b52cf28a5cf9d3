import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CompanyImportField } from './company-import.fields';

export enum DuplicateHandling {
  SKIP = 'SKIP',
  MERGE = 'MERGE',
}
registerEnumType(DuplicateHandling, {
  name: 'DuplicateHandling',
  description: 'What a commit does with a row whose organisation number is already an active company, or came earlier in the file.',
  valuesConfig: {
    SKIP: { description: 'Leave the company as it is; the row is skipped.' },
    MERGE: { description: "The row's non-empty cells overwrite the company's fields; empty cells leave them." },
  },
});

export enum CompanyImportDuplicateKind {
  EXISTING_COMPANY = 'EXISTING_COMPANY',
  REPEATED_IN_FILE = 'REPEATED_IN_FILE',
}
registerEnumType(CompanyImportDuplicateKind, { name: 'CompanyImportDuplicateKind' });

export enum CompanyImportOutcome {
  CREATED = 'CREATED',
  MERGED = 'MERGED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(CompanyImportOutcome, { name: 'CompanyImportOutcome' });

@InputType()
export class ColumnMappingInput {
  @Field(() => String, { description: 'A header of the file, as written there.' })
  column: string;

  @Field(() => CompanyImportField)
  field: CompanyImportField;
}

@ObjectType()
export class ColumnMapping {
  @Field(() => String) column: string;
  @Field(() => CompanyImportField) field: CompanyImportField;
}

@ObjectType({ description: 'A problem in the file. Line numbers count the header as line 1.' })
export class CompanyImportIssue {
  @Field(() => Int) line: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field(() => CompanyImportField, { nullable: true }) field: CompanyImportField | null;
  @Field(() => String, { description: 'In Norwegian.' }) message: string;
}

@ObjectType()
export class CompanyImportDuplicate {
  @Field(() => Int) line: number;
  @Field(() => String) orgNumber: string;
  @Field(() => CompanyImportDuplicateKind) kind: CompanyImportDuplicateKind;
  @Field(() => ID, { nullable: true, description: 'The active company with this number (EXISTING_COMPANY).' }) prospectId: string | null;
  @Field(() => String, { nullable: true }) prospectName: string | null;
  @Field(() => Int, { nullable: true, description: 'The first line with this number (REPEATED_IN_FILE).' }) firstLine: number | null;
}

@ObjectType({ description: 'A row as the mapping reads it: the cells as written in the file.' })
export class CompanyImportRow {
  @Field(() => Int) line: number;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) orgNumber?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => String, { nullable: true }) industryCode?: string;
  @Field(() => String, { nullable: true }) industryText?: string;
  @Field(() => String, { nullable: true }) legalForm?: string;
  @Field(() => String, { nullable: true }) employees?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true }) postalPlace?: string;
  @Field(() => String, { nullable: true }) municipality?: string;
  @Field(() => String, { nullable: true }) targetMunicipality?: string;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => String, { nullable: true }) estimatedJobs?: string;
}

@ObjectType({ description: 'What a commit of the file would do. Computing it writes nothing.' })
export class CompanyImportPreview {
  @Field(() => String, { description: '; or ,' }) delimiter: string;
  @Field(() => [String]) headers: string[];
  @Field(() => [ColumnMapping], { description: 'From the header names (Norwegian or English).' }) suggestedMapping: ColumnMapping[];
  @Field(() => [ColumnMapping], { description: 'The mapping used: the one given, or the suggested one.' }) mapping: ColumnMapping[];
  @Field(() => Int, { description: 'Data rows (the header not counted).' }) rowCount: number;
  @Field(() => [CompanyImportRow], { description: 'The first 20 rows.' }) rows: CompanyImportRow[];
  @Field(() => [CompanyImportIssue]) issues: CompanyImportIssue[];
  @Field(() => [CompanyImportDuplicate]) duplicates: CompanyImportDuplicate[];
  @Field(() => Boolean, { description: 'False while there are issues: a commit would be refused.' }) canCommit: boolean;
}

@ObjectType()
export class CompanyImportLine {
  @Field(() => Int) line: number;
  @Field(() => CompanyImportOutcome) outcome: CompanyImportOutcome;
  @Field(() => ID, { nullable: true, description: 'The company created or merged into.' }) prospectId: string | null;
}

export interface CompanyImportReportValues {
  id: string;
  created: number;
  merged: number;
  skipped: number;
  lines: CompanyImportLine[];
}

@ObjectType({ description: 'What a committed import did.' })
export class CompanyImportReport implements CompanyImportReportValues {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Companies created (each starts in the first stage).' }) created: number;
  @Field(() => Int, { description: 'Rows merged into an active company or an earlier row.' }) merged: number;
  @Field(() => Int) skipped: number;
  @Field(() => [CompanyImportLine]) lines: CompanyImportLine[];
}
