import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { authChecker } from '../modules/auth/auth-checker';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { guardRootFields } from '../modules/auth/require-viewer';
import { ContactResolver } from '../modules/contact/contact.resolver';
import { MeetingResolver } from '../modules/meeting/meeting.resolver';
import { ProspectMutationResolver } from '../modules/prospect/prospect-mutation.resolver';
import { StageChangeResolver } from '../modules/stage-change/stage-change.resolver';
import { PipelineResolver } from '../modules/pipeline/pipeline.resolver';
import { BrregResolver } from '../modules/brreg/brreg.resolver';
import { SavedViewResolver } from '../modules/saved-view/saved-view.resolver';
import { StatisticsDurationsResolver, StatsResolver } from '../modules/stats/stats.resolver';
import { ProspectCandidateResolver } from '../modules/register-import/prospect-candidate.resolver';
import { RegisterImportResolver } from '../modules/register-import/register-import.resolver';
import { CompanyImportResolver } from '../modules/csv-import/company-import.resolver';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver';
import { FocusAreaResolver } from '../modules/focus-area/focus-area.resolver';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { ProspectResolver } from '../modules/prospect/prospect.resolver';
import { StageResolver } from '../modules/stage/stage.resolver';
import { TargetResolver } from '../modules/target/target.resolver';
import { UserResolver } from '../modules/user/user.resolver';

export const resolvers = [
  AuthResolver,
  UserResolver,
  AuditResolver,
  ProspectResolver,
  ProspectMutationResolver,
  PipelineResolver,
  BrregResolver,
  SavedViewResolver,
  StatsResolver,
  StatisticsDurationsResolver,
  ProspectCandidateResolver,
  RegisterImportResolver,
  CompanyImportResolver,
  PrivacyResolver,
  ContactResolver,
  MeetingResolver,
  StageChangeResolver,
  FocusAreaResolver,
  StageResolver,
  TargetResolver,
  MunicipalityResolver,
] as const;

export async function buildSchema(): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema({
    resolvers,
    authChecker,
    // Inputs are checked with zod at the edge (shared/validation.ts), not class-validator.
    validate: false,
  });
  return guardRootFields(schema);
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
