import type { ProspectCandidateFilter } from '../../gql/graphql';

/** The filter as the address keeps it, so a selection can be shared: `?industry=16,52.1&min=5&municipality=3420&inactive=1`. */
export interface CandidateSearch {
  industry: string;
  min: string;
  municipality: string;
  inactive: boolean;
}

export function readCandidateSearch(params: URLSearchParams): CandidateSearch {
  return {
    industry: params.get('industry') ?? '',
    min: params.get('min') ?? '',
    municipality: params.get('municipality') ?? '',
    inactive: params.get('inactive') === '1',
  };
}

export function writeCandidateSearch(search: CandidateSearch): URLSearchParams {
  const params = new URLSearchParams();
  const industry = splitCodes(search.industry).join(',');
  if (industry) params.set('industry', industry);
  if (search.min.trim()) params.set('min', search.min.trim());
  if (search.municipality) params.set('municipality', search.municipality);
  if (search.inactive) params.set('inactive', '1');
  return params;
}

/** "16, 52.1 16.110" → ["16", "52.1", "16.110"]; the server checks the form and says what is wrong. */
const splitCodes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);

/** The GraphQL filter; a count that is not a whole number is left out (the field says so). */
export function toCandidateFilter(search: CandidateSearch): ProspectCandidateFilter {
  const filter: ProspectCandidateFilter = {};
  const codes = splitCodes(search.industry);
  if (codes.length) filter.industryCodes = codes;
  const min = Number(search.min.trim());
  if (search.min.trim() && Number.isInteger(min) && min >= 0) filter.minEmployees = min;
  if (search.municipality) filter.municipalities = [search.municipality];
  if (search.inactive) filter.includeInactive = true;
  return filter;
}
