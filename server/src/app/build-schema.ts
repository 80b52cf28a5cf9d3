import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { FocusAreaResolver } from '../modules/focus-area/focus-area.resolver';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { ProspectResolver } from '../modules/prospect/prospect.resolver';
import { StageResolver } from '../modules/stage/stage.resolver';
import { TargetResolver } from '../modules/target/target.resolver';
import { UserResolver } from '../modules/user/user.resolver';

export const resolvers = [
  ProspectResolver,
  FocusAreaResolver,
  StageResolver,
  TargetResolver,
  UserResolver,
  MunicipalityResolver,
] as const;

export function buildSchema(): Promise<GraphQLSchema> {
  // Inputs are checked with zod at the edge (shared/validation.ts), not class-validator.
  return buildTypeGraphQLSchema({ resolvers, validate: false });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs are stable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
