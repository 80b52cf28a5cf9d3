import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { localDate, optionalText, uuid } from '../../shared/validation';
import { currentMunicipalityNumber } from '../municipality/municipalities';
import { normalizeOrgNumber } from './org-number';
import { TargetGroup } from './prospect.entity';

/** Fields a person types about a company; shared by create and update. */
@InputType()
class ProspectFields {
  @Field(() => String, { nullable: true, description: 'Nine digits, spaces allowed; MOD11-checked.' })
  orgNumber?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) industryCode?: string | null;
  @Field(() => String, { nullable: true }) industryText?: string | null;
  @Field(() => String, { nullable: true }) legalForm?: string | null;
  @Field(() => Int, { nullable: true }) employees?: number | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) postalPlace?: string | null;
  @Field(() => String, { nullable: true, description: "Municipality number of the company's address, old or new." })
  municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the establishment would come; old or new number.' })
  targetMunicipality?: string | null;
  @Field(() => TargetGroup, { nullable: true }) targetGroup?: TargetGroup | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => Int, { nullable: true }) estimatedJobs?: number | null;
  @Field(() => String, { nullable: true, description: 'åååå-mm-dd' }) expectedDecisionDate?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the focus areas when given.' })
  focusAreaIds?: string[] | null;
}

@InputType()
export class CreateProspectInput extends ProspectFields {
  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true, description: 'An open stage; the first one when left out.' })
  stageId?: string | null;
}

@InputType()
export class UpdateProspectInput extends ProspectFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class MoveProspectInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ID) stageId: string;
  @Field(() => ID, { nullable: true, description: 'Place the card before this one in the column; at the end when left out.' })
  beforeId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when moving to WON (0 allowed).' })
  realizedJobs?: number | null;
  @Field(() => Int, { nullable: true, description: 'Required when moving to WON (0 allowed).' })
  newResidents?: number | null;
  @Field(() => String, { nullable: true, description: 'Required when moving to LOST.' })
  lostReason?: string | null;
}

const count = (label: string) =>
  z.number().int().min(0, `${label} kan ikke være negativt.`).max(1_000_000, `${label} er for stort.`).nullish();
const municipality = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'Kommunenummer har fire sifre, for eksempel 3420 (Elverum).')
  .transform(currentMunicipalityNumber)
  .nullish();

export const orgNumberSchema = z
  .string()
  .transform((value, ctx) => {
    if (value.trim() === '') return null;
    const normalized = normalizeOrgNumber(value);
    if (!normalized) {
      ctx.addIssue({
        code: 'custom',
        message: 'Organisasjonsnummeret er ugyldig: det skal ha ni sifre og stemme med kontrollsifferet (f.eks. 952 857 991).',
      });
      return z.NEVER;
    }
    return normalized;
  })
  .nullish();

const fields = {
  orgNumber: orgNumberSchema,
  website: optionalText(300, 'Nettsted'),
  industryCode: z.string().trim().regex(/^\d{2}(\.\d{1,3})?$/, 'Næringskoden skrives som 16.110.').nullish(),
  industryText: optionalText(300, 'Næringsteksten'),
  legalForm: optionalText(20, 'Organisasjonsformen'),
  employees: count('Antall ansatte'),
  address: optionalText(300, 'Adressen'),
  postalCode: z.string().trim().regex(/^\d{4}$/, 'Postnummer har fire sifre.').nullish(),
  postalPlace: optionalText(100, 'Poststedet'),
  municipality,
  targetMunicipality: municipality,
  targetGroup: z.enum(TargetGroup).nullish(),
  ownerId: uuid().nullish(),
  source: optionalText(200, 'Kilden'),
  estimatedJobs: count('Estimerte arbeidsplasser'),
  expectedDecisionDate: localDate().nullish(),
  focusAreaIds: z.array(uuid()).max(20).nullish(),
};
const name = z.string().trim().min(1, 'Navnet må fylles ut.').max(300, 'Navnet kan ha høyst 300 tegn.');

export const createProspectSchema = z.object({ ...fields, name, stageId: uuid().nullish() });
export const updateProspectSchema = z.object({ ...fields, id: uuid(), version: z.number().int().min(1), name: name.nullish() });
export const moveProspectSchema = z.object({
  id: uuid(),
  version: z.number().int().min(1),
  stageId: uuid(),
  beforeId: uuid().nullish(),
  realizedJobs: count('Realiserte arbeidsplasser'),
  newResidents: count('Nye innbyggere'),
  lostReason: optionalText(500, 'Begrunnelsen'),
});

export type CreateProspectValues = z.output<typeof createProspectSchema>;
export type UpdateProspectValues = z.output<typeof updateProspectSchema>;
export type MoveProspectValues = z.output<typeof moveProspectSchema>;
