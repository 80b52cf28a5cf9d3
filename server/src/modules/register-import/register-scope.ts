import { z } from 'zod';
import { currentMunicipalityNumber, municipalityNumberVariants } from '../municipality/municipalities';

/**
 * Which entities of the national file the region keeps: those in one of the
 * municipalities (old or new number) and with an industry code starting with
 * one of the prefixes. An empty list does not filter; both empty is refused.
 */
export interface RegisterScope {
  /** Current numbers. */
  municipalities: string[];
  industryPrefixes: string[];
}

/** "3420,3419" or ["3420", "3419"] (a query string or CLI flag may give either). */
const list = (value: unknown) =>
  (Array.isArray(value) ? value.flatMap((v) => String(v).split(',')) : typeof value === 'string' ? value.split(',') : [])
    .map((s) => s.trim())
    .filter(Boolean);

export const registerScopeSchema = z
  .object({
    municipalities: z.preprocess(
      list,
      z.array(z.string().regex(/^\d{4}$/, 'Kommunenummer har fire sifre, for eksempel 3420 (Elverum).')).max(100, 'Velg høyst 100 kommuner.'),
    ),
    industryPrefixes: z.preprocess(
      list,
      z.array(z.string().regex(/^\d{2}(\.\d{0,3})?$/, 'Næringskoder skrives som 16, 52.1 eller 16.110.')).max(100, 'Velg høyst 100 næringskoder.'),
    ),
  })
  .transform((s) => ({
    municipalities: [...new Set(s.municipalities.map(currentMunicipalityNumber))].sort(),
    industryPrefixes: [...new Set(s.industryPrefixes)].sort(),
  }))
  .refine((s) => s.municipalities.length > 0 || s.industryPrefixes.length > 0, 'Velg minst én kommune eller næringskode å importere.');

export function scopeMatcher(scope: RegisterScope) {
  const municipalities = new Set(scope.municipalities);
  // A cheap test on the raw record before parsing it: the municipality number
  // (any numbering) must occur in the text. Most of the 1.5 million rows stop here.
  const needles = scope.municipalities.length ? scope.municipalities.flatMap(municipalityNumberVariants) : scope.industryPrefixes;
  return {
    mightMatch: (text: string) => needles.some((needle) => text.includes(needle)),
    matches: (entity: { municipalityNumber: string | null; industryCode: string | null }) =>
      (municipalities.size === 0 || (entity.municipalityNumber !== null && municipalities.has(entity.municipalityNumber))) &&
      (scope.industryPrefixes.length === 0 || scope.industryPrefixes.some((p) => entity.industryCode?.startsWith(p))),
  };
}

/** The same scope as SQL over register_entities (alias e), parameters $2 and $3. */
export const scopeSql = `(cardinality($2::text[]) = 0 OR e.municipality = ANY($2::text[]))
  AND (cardinality($3::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest($3::text[]) p WHERE e.industry_code LIKE p || '%'))`;
