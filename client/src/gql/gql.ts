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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n": typeof types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": typeof types.CompanyListDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.UserListDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n": types.CompanyRow_ProspectFragmentDoc,
    "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n": types.CompanyListDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.UserListDocument,
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
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    action\n    entity\n    entityId\n    diff\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String) {\n    auditEntries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment CompanyRow_prospect on Prospect {\n    id\n    name\n    orgNumber\n    stage {\n      id\n      nameNb\n      nameEn\n    }\n    focusAreas {\n      id\n      nameNb\n      nameEn\n      color\n    }\n    owner {\n      id\n      name\n    }\n    estimatedJobs\n    targetMunicipality {\n      number\n      name\n    }\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {\n    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CompanyRow_prospect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  query UserList {\n    users(includeInactive: true) {\n      id\n      ...UserRow_user\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;