import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { uuid } from '../../shared/validation';
import { TargetGroup } from './prospect.entity';

export enum ArchivedFilter {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
  ALL = 'ALL',
}
registerEnumType(ArchivedFilter, { name: 'ArchivedFilter' });

/**
 * The one filter of Magnet: the pipeline, the company list and the statistics
 * all take it, so the same filter means the same thing everywhere. Within a
 * field any value matches ("any of"); fields combine with AND.
 */
@InputType()
export class ProspectFilter {
  @Field(() => [ID], { nullable: true, description: 'Companies in any of these focus areas.' })
  focusAreaIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  stageIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target municipality numbers, old or new.' })
  targetMunicipalities?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Municipality numbers of the company's address, old or new." })
  municipalities?: string[] | null;

  @Field(() => [TargetGroup], { nullable: true })
  targetGroups?: TargetGroup[] | null;

  @Field(() => ArchivedFilter, { nullable: true, description: 'Default ACTIVE: archived companies are left out.' })
  archived?: ArchivedFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text in the company name, organisation number (spaces allowed) or contact names.',
  })
  text?: string | null;
}

const municipalityNumber = z.string().regex(/^\d{4}$/, 'Kommunenummer har fire sifre.');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(100, 'Høyst 100 verdier.').nullish();

export const prospectFilterSchema = z
  .object({
    focusAreaIds: list(uuid()),
    stageIds: list(uuid()),
    ownerIds: list(uuid()),
    targetMunicipalities: list(municipalityNumber),
    municipalities: list(municipalityNumber),
    targetGroups: list(z.enum(TargetGroup)),
    archived: z.enum(ArchivedFilter).nullish(),
    text: z.string().max(200, 'Søketeksten kan ha høyst 200 tegn.').nullish(),
  })
  .nullish();

export type ProspectFilterValues = NonNullable<z.output<typeof prospectFilterSchema>>;
