/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n": typeof types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": typeof types.CompanyListDocument,
};
const documents: Documents = {
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n": types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": types.CompanyListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;