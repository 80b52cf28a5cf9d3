import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { inTransaction, type Context } from '../../app/context';
import { Connection, toConnection } from '../../shared/graphql/connection';
import { parseInput, uuid } from '../../shared/validation';
import { canReadPersonalData, canWritePipeline } from '../auth/roles';
import { FocusArea } from '../focus-area/focus-area.entity';
import { createOnce } from '../idempotency/idempotency';
import { currentMunicipalityNumber } from '../municipality/municipalities';
import { Municipality } from '../municipality/municipality.type';
import { toMunicipality } from '../municipality/to-municipality';
import { Prospect } from '../prospect/prospect.entity';
import { normalizeOrgNumber } from '../prospect/org-number';
import { suggestFocusAreaKey } from './focus-area-suggestion';
import { ProspectCandidateService } from './prospect-candidate.service';
import { RegisterCompany } from './register-company.entity';

@ObjectType()
export class RegisterCompanyConnection extends Connection(RegisterCompany) {}

@InputType()
export class ProspectCandidateFilter {
  @Field(() => [String], { nullable: true, description: 'Industry code prefixes, e.g. 16 or 52.1 (any of them).' })
  industryCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'At least this many employees (unknown counts never match).' })
  minEmployees?: number | null;

  @Field(() => [String], { nullable: true, description: 'Municipality numbers, old or new (any of them).' })
  municipalities?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also deleted, bankrupt and liquidating entities (left out by default).' })
  includeInactive?: boolean | null;
}

const argsSchema = z.object({
  filter: z
    .object({
      industryCodes: z.array(z.string().trim().regex(/^\d{2}(\.\d{0,3})?$/, 'Næringskoder skrives som 16, 52.1 eller 16.110.')).max(50).nullish(),
      minEmployees: z.number().int().min(0, 'Antall ansatte kan ikke være negativt.').nullish(),
      municipalities: z.array(z.string().trim().regex(/^\d{4}$/, 'Kommunenummer har fire sifre, for eksempel 3420 (Elverum).')).max(100).nullish(),
      includeInactive: z.boolean().nullish(),
    })
    .nullish()
    .transform((f) => ({
      industryPrefixes: f?.industryCodes ?? [],
      minEmployees: f?.minEmployees ?? null,
      municipalities: (f?.municipalities ?? []).map(currentMunicipalityNumber),
      includeInactive: f?.includeInactive ?? false,
    })),
  first: z.number().int().min(1, 'first må være minst 1.').max(200, 'first kan være høyst 200.'),
  after: z.string().max(200).nullish(),
});

const orgNumberArg = z.string().transform((value, ctx) => {
  const normalized = normalizeOrgNumber(value);
  if (!normalized) ctx.addIssue({ code: 'custom', message: 'Organisasjonsnummeret er ugyldig: det skal ha ni sifre og stemme med kontrollsifferet.' });
  return normalized ?? z.NEVER;
});

/** Finding new prospects in the register copy, and taking one into the pipeline. */
@Resolver(() => RegisterCompany)
export class ProspectCandidateResolver {
  // ENK names are personal data: not for BOARD.
  @Authorized(canReadPersonalData)
  @Query(() => RegisterCompanyConnection, {
    description: 'Companies of the region in the register copy that are not companies in Magnet (archived ones count as known). Biggest first.',
  })
  async prospectCandidates(
    @Ctx() ctx: Context,
    @Arg('filter', () => ProspectCandidateFilter, { nullable: true }) filter: ProspectCandidateFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<RegisterCompanyConnection> {
    const args = parseInput(argsSchema, { filter, first, after });
    const page = await new ProspectCandidateService(ctx.em).list(args.filter, args.first, args.after ?? null);
    return toConnection(RegisterCompanyConnection, page);
  }

  @Authorized(canWritePipeline)
  @Mutation(() => Prospect, { description: 'Makes a register entity a company in the first stage. Refused when it already is one (archived too).' })
  createProspectFromRegister(
    @Ctx() ctx: Context,
    @Arg('orgNumber', () => String) orgNumber: string,
    @Arg('focusAreaIds', () => [ID], { nullable: true, description: 'Chosen by the user; the suggestion is not applied by itself.' })
    focusAreaIds: string[] | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<Prospect> {
    const number = parseInput(orgNumberArg, orgNumber);
    const areas = parseInput(z.array(uuid()).max(20).nullish(), focusAreaIds) ?? [];
    return inTransaction(ctx, (tx) => {
      const service = new ProspectCandidateService(tx.em, ctx.viewer!.id);
      return createOnce(
        tx.em,
        { userId: ctx.viewer!.id, key: idempotencyKey, operation: 'createProspectFromRegister' },
        (id) => service.createProspect(id, number, areas),
        async (id) => (await tx.em.findOneBy(Prospect, { id }))!,
      );
    });
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() company: RegisterCompany): Municipality | null {
    return toMunicipality(company.municipality);
  }

  @FieldResolver(() => FocusArea, { nullable: true, description: 'Suggested by the industry code: a help, never set by itself.' })
  async suggestedFocusArea(@Root() company: RegisterCompany, @Ctx() ctx: Context): Promise<FocusArea | null> {
    const key = suggestFocusAreaKey(company.industryCode);
    return key ? ((await ctx.loaders.allFocusAreas()).find((a) => a.key === key) ?? null) : null;
  }
}
