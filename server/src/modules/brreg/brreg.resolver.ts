import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { parseInput } from '../../shared/validation';
import { canWritePipeline } from '../auth/roles';
import type { BrregClient, RegisterLookup, RegisterSearch } from './brreg.client';
import { RegisterLookupResult, RegisterLookupStatus, RegisterSearchResult, RegisterSearchStatus } from './brreg.types';

/** What this module needs from the GraphQL context (app/context.ts). */
export interface BrregContext {
  brreg: BrregClient;
}

const orgNumberArg = z.string().trim().min(1, 'Skriv inn organisasjonsnummeret.').max(20, 'Organisasjonsnummeret har ni sifre.');

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const searchArgs = z
  .object({
    name: z.string().max(100, 'Navnet kan ha høyst 100 tegn.').nullish().transform(blankToNull),
    municipality: z.string().regex(/^\d{4}$/, 'Kommunenummer har fire sifre.').nullish(),
    industryCode: z.string().regex(/^\d{2}(\.\d{1,3})?$/, 'Næringskoden skrives som 16.110.').nullish(),
    page: z.number().int().min(0, 'Sidetallet kan ikke være negativt.'),
    size: z.number().int().min(1, 'Vis minst 1 treff per side.').max(100, 'Vis høyst 100 treff per side.'),
  })
  .refine((a) => a.name || a.municipality || a.industryCode, 'Søk med navn, kommune eller næringskode.');

const unavailableMessage = 'Enhetsregisteret svarer ikke akkurat nå. Prøv igjen om litt, eller fyll inn opplysningene selv.';

const lookupMessages: Record<RegisterLookup['status'], string | null> = {
  FOUND: null,
  DELETED: 'Virksomheten er slettet i Enhetsregisteret. Sjekk at nummeret er riktig: en ny virksomhet får et nytt nummer.',
  NOT_FOUND: 'Fant ikke organisasjonsnummeret i Enhetsregisteret. Sjekk nummeret, eller fyll inn opplysningene selv.',
  REMOVED: 'Opplysningene om dette nummeret er fjernet fra Enhetsregisteret og kan ikke hentes. Fyll inn opplysningene selv.',
  INVALID: 'Organisasjonsnummeret er ikke gyldig. Det har ni sifre og begynner med 8 eller 9.',
  UNAVAILABLE: unavailableMessage,
};

const personalNameMessage = 'Enkeltpersonforetak: navnet er innehaverens navn og er en personopplysning.';

@Resolver()
export class BrregResolver {
  @Authorized(canWritePipeline)
  @Query(() => RegisterLookupResult, { description: 'A company in Enhetsregisteret by organisation number, to fill in a new company.' })
  async registerLookup(@Ctx() ctx: BrregContext, @Arg('orgNumber', () => String) orgNumber: string): Promise<RegisterLookupResult> {
    const result = await ctx.brreg.lookup(parseInput(orgNumberArg, orgNumber));
    if (result.status === 'UNAVAILABLE') console.warn(`Enhetsregisteret unavailable: ${result.reason}`);
    const entity = 'entity' in result ? result.entity : null;
    return {
      status: RegisterLookupStatus[result.status],
      entity,
      deletedOn: result.status === 'DELETED' ? result.deletedOn : null,
      message: result.status === 'FOUND' && entity?.personalName ? personalNameMessage : lookupMessages[result.status],
    };
  }

  @Authorized(canWritePipeline)
  @Query(() => RegisterSearchResult, { description: 'Companies in Enhetsregisteret by name, municipality (old or new number) and industry code.' })
  async registerSearch(
    @Ctx() ctx: BrregContext,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('municipality', () => String, { nullable: true }) municipality: string | null,
    @Arg('industryCode', () => String, { nullable: true }) industryCode: string | null,
    @Arg('page', () => Int, { defaultValue: 0 }) page: number,
    @Arg('size', () => Int, { defaultValue: 20 }) size: number,
  ): Promise<RegisterSearchResult> {
    const query = parseInput(searchArgs, { name, municipality, industryCode, page, size });
    const result = await ctx.brreg.search(query);
    if (result.status === 'UNAVAILABLE') console.warn(`Enhetsregisteret unavailable: ${result.reason}`);
    return toSearchResult(result, query.page);
  }
}

function toSearchResult(result: RegisterSearch, page: number): RegisterSearchResult {
  const empty = { entities: [], total: 0, page, totalPages: 0 };
  switch (result.status) {
    case 'OK':
      return {
        ...result,
        status: RegisterSearchStatus.OK,
        message: result.total === 0 ? 'Ingen treff i Enhetsregisteret. Prøv et annet navn, eller sjekk at næringskoden følger SN2025 (f.eks. 16.110).' : null,
      };
    case 'BEYOND_LIMIT':
      return { ...empty, status: RegisterSearchStatus.BEYOND_LIMIT, message: 'Enhetsregisteret viser bare de første 10\u00a0000 treffene. Snevre inn søket med navn, kommune eller næringskode.' };
    case 'UNAVAILABLE':
      return { ...empty, status: RegisterSearchStatus.UNAVAILABLE, message: unavailableMessage };
  }
}
