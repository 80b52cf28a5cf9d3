import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineDocuments, readDocuments } from './inlineGraphqlDocuments';

const gqlDir = path.resolve(__dirname, '../src/gql');
const documents = readDocuments(
  readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8'),
  readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8'),
);

const viewerSource = `
  query Viewer {
    me {
      id
      name
      email
      role
      version
      active
    }
  }
`;

describe('inlineGraphqlDocuments', () => {
  it('knows every document codegen generated, by its source text', () => {
    const generated = readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8').match(/: types\.\w+,$/gm) ?? [];
    expect(documents.size).toBe(generated.length);
    expect(JSON.parse(documents.get(viewerSource)!)).toMatchObject({
      kind: 'Document',
      definitions: [{ kind: 'OperationDefinition', name: { value: 'Viewer' } }],
    });
  });

  it('writes the parsed document in place of the graphql() call and drops the gql.ts import', () => {
    const code = `import { useState } from 'react';\nimport { graphql } from '../../../gql/gql';\n\nexport const ViewerQuery = graphql(\`${viewerSource}\`);\n`;
    const result = inlineDocuments(code, documents) as string;
    expect(result).not.toContain('gql/gql');
    expect(result).not.toContain('graphql(');
    expect(result).toContain("import { useState } from 'react';");
    const inlined = /export const ViewerQuery = \((.*)\);/.exec(result)![1];
    expect(JSON.parse(inlined)).toEqual(JSON.parse(documents.get(viewerSource)!));
  });

  it('leaves a file without graphql() alone', () => {
    expect(inlineDocuments("import { graphql } from 'graphql';\n", documents)).toBeNull();
  });

  it('fails the build for a document codegen has not seen', () => {
    const code = "import { graphql } from '../gql/gql';\nconst Q = graphql(`query Unknown { me { id } }`);\n";
    expect(inlineDocuments(code, documents)).toBeInstanceOf(Error);
  });
});
