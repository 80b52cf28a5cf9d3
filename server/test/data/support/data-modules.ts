import type * as BuildSchemaModule from '../../../src/app/build-schema';
import type * as EntitiesModule from '../../../src/shared/database/entities';
import type * as MigrationsModule from '../../../src/shared/database/migrations';

/**
 * Until the data modules (register import, CSV import, privacy) are listed in
 * entities.ts, migrations/index.ts and build-schema.ts, these tests add them
 * through vi.mock; once they are listed, each returns the module unchanged.
 * (No static imports of the database here: the mocks load this file.)
 */
const addMissing = <T>(list: readonly T[], extra: T[]) => [...list, ...extra.filter((e) => !list.includes(e))];

export async function withDataEntities(importOriginal: () => Promise<typeof EntitiesModule>) {
  const actual = await importOriginal();
  const { RegisterCompany } = await import('../../../src/modules/register-import/register-company.entity.js');
  const { RegisterImport } = await import('../../../src/modules/register-import/register-import.entity.js');
  const { RegisterImportRow } = await import('../../../src/modules/register-import/register-import-row.entity.js');
  const { CompanyImport } = await import('../../../src/modules/csv-import/company-import.entity.js');
  const { AppSetting } = await import('../../../src/modules/privacy/app-setting.entity.js');
  return { ...actual, entities: addMissing<unknown>(actual.entities, [RegisterCompany, RegisterImport, RegisterImportRow, CompanyImport, AppSetting]) };
}

export async function withDataMigrations(importOriginal: () => Promise<typeof MigrationsModule>) {
  const actual = await importOriginal();
  const { RegisterAndCompanyImports1764000005000 } = await import('../../../src/shared/database/migrations/1764000005000-register-and-company-imports.js');
  const { PrivacySettings1764000006000 } = await import('../../../src/shared/database/migrations/1764000006000-privacy-settings.js');
  return { ...actual, migrations: addMissing<unknown>(actual.migrations, [RegisterAndCompanyImports1764000005000, PrivacySettings1764000006000]) };
}

export async function withDataResolvers(importOriginal: () => Promise<typeof BuildSchemaModule>) {
  const actual = await importOriginal();
  const { ProspectCandidateResolver } = await import('../../../src/modules/register-import/prospect-candidate.resolver.js');
  const { RegisterImportResolver } = await import('../../../src/modules/register-import/register-import.resolver.js');
  const { CompanyImportResolver } = await import('../../../src/modules/csv-import/company-import.resolver.js');
  const { PrivacyResolver } = await import('../../../src/modules/privacy/privacy.resolver.js');
  const extra = [ProspectCandidateResolver, RegisterImportResolver, CompanyImportResolver, PrivacyResolver];
  if (extra.every((r) => (actual.resolvers as readonly unknown[]).includes(r))) return actual;
  const { buildSchema } = await import('type-graphql');
  const { authChecker } = await import('../../../src/modules/auth/auth-checker.js');
  const { guardRootFields } = await import('../../../src/modules/auth/require-viewer.js');
  const resolvers = addMissing<unknown>(actual.resolvers, extra) as unknown as typeof actual.resolvers;
  return {
    ...actual,
    resolvers,
    buildSchema: async () => guardRootFields(await buildSchema({ resolvers, authChecker, validate: false })),
  };
}
