import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client's own data masking does the masking at runtime (useFragment from
        // @apollo/client/react), so codegen only produces masked types, not its own helper.
        fragmentMasking: false,
        // Imports go straight to gql/gql.ts and gql/graphql.ts: no barrel file.
        skipIndexFile: true,
      },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: 'mask',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
