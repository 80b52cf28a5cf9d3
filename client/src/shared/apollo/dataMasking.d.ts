import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Tells Apollo Client's types that the generated operation types are masked (see codegen.ts).
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
