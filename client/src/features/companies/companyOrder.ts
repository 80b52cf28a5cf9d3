import type { ProspectOrder } from '../../gql/graphql';

/**
 * The list's sort as `?sort=` (short words, so a shared link reads), and the API order it means.
 * Name sorts both ways; the others one way: the newest, the biggest, the earliest stage first.
 */
export const companySorts = {
  name: 'NAME_ASC',
  'name-desc': 'NAME_DESC',
  stage: 'STAGE_ASC',
  activity: 'LAST_ACTIVITY_DESC',
  jobs: 'ESTIMATED_JOBS_DESC',
  created: 'CREATED_DESC',
} as const satisfies Record<string, ProspectOrder>;

export type CompanySort = keyof typeof companySorts;

export const defaultCompanySort: CompanySort = 'name';

export function isCompanySort(value: string | null): value is CompanySort {
  return value !== null && Object.hasOwn(companySorts, value);
}
