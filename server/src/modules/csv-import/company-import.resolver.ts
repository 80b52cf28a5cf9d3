import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { inTransaction, type Context } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { canWritePipeline } from '../auth/roles';
import { createOnce } from '../idempotency/idempotency';
import { CompanyImportField } from './company-import.fields';
import { CompanyImportService } from './company-import.service';
import { ColumnMappingInput, CompanyImportPreview, CompanyImportReport, DuplicateHandling } from './company-import.types';

const mappingSchema = z
  .array(z.object({ column: z.string().max(200, 'Kolonnenavn kan ha høyst 200 tegn.'), field: z.enum(CompanyImportField) }))
  .max(50, 'Koble høyst 50 kolonner.')
  .nullish();

@Resolver()
export class CompanyImportResolver {
  @Authorized(canWritePipeline)
  @Query(() => CompanyImportPreview, {
    description:
      'Reads a CSV of companies (; or , — UTF-8, BOM or not; at most 5 MB and 20 000 rows) and tells what a commit would do. Writes nothing. ' +
      'Send the header x-magnet-csv-import: 1 with a file over 200 kB (the larger body limit).',
  })
  previewCompanyImport(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('mapping', () => [ColumnMappingInput], { nullable: true, description: 'Left out: the suggested mapping.' }) mapping: ColumnMappingInput[] | null,
  ): Promise<CompanyImportPreview> {
    return new CompanyImportService(ctx.em, ctx.viewer!.id).preview(csv, parseInput(mappingSchema, mapping) ?? null);
  }

  @Authorized(canWritePipeline)
  @Mutation(() => CompanyImportReport, {
    description: 'Writes every row or nothing, in one transaction; refused while the file has issues. A retry with the same idempotencyKey returns the first report.',
  })
  commitCompanyImport(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('mapping', () => [ColumnMappingInput], { nullable: true }) mapping: ColumnMappingInput[] | null,
    @Arg('duplicates', () => DuplicateHandling) duplicates: DuplicateHandling,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ): Promise<CompanyImportReport> {
    const columns = parseInput(mappingSchema, mapping) ?? null;
    return inTransaction(ctx, (tx) => {
      const service = new CompanyImportService(tx.em, ctx.viewer!.id);
      return createOnce(
        tx.em,
        { userId: ctx.viewer!.id, key: idempotencyKey, operation: 'commitCompanyImport' },
        (id) => service.commit(id, csv, columns, duplicates),
        (id) => service.report(id),
      );
    });
  }
}
