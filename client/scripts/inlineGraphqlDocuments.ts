import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const graphqlImport = /^import \{ graphql \} from '[^']*\/gql\/gql';\n/m;
const graphqlCall = /\bgraphql\(`([^`]*)`\)/g;

/**
 * Replaces each `graphql(`…`)` call with the parsed document codegen made for it, written in
 * place. Without this, a chunk that calls graphql() carries gql/gql.ts, i.e. every operation
 * of the app, twice (text and parsed) — and importing from gql/graphql.ts instead would still
 * put all documents in one shared chunk of the first load. Build only; tests use gql.ts as is.
 * (Codegen's Babel/SWC plugins do the same, but Vite 8 runs neither.)
 */
export function inlineGraphqlDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'magnet:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = readDocuments(
        readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8'),
        readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8'),
      );
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir)) return null;
      const result = inlineDocuments(code, documents);
      if (result instanceof Error) this.error(`${id}: ${result.message}`);
      return result;
    },
  };
}

/**
 * Source text → parsed document (JSON), from the generated files: gql.ts maps each text to a
 * name (`"\n  query Viewer …": types.ViewerDocument`), graphql.ts holds each document on one
 * line (`export const ViewerDocument = {…} as unknown as DocumentNode<…>;`).
 */
export function readDocuments(gqlSource: string, graphqlSource: string): Map<string, string> {
  const json = new Map(
    [...graphqlSource.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(
      ([, name, document]) => [name, document],
    ),
  );
  const names = gqlSource.slice(gqlSource.indexOf('const documents'));
  return new Map(
    [...names.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].flatMap(([, source, name]) => {
      const document = json.get(name);
      return document ? [[JSON.parse(source) as string, document] as const] : [];
    }),
  );
}

/** `code` with its graphql() calls replaced, null when it has none, an Error for a document codegen has not seen. */
export function inlineDocuments(code: string, documents: Map<string, string>): string | null | Error {
  if (!graphqlImport.test(code)) return null;
  let unknown = false;
  const replaced = code.replace(graphqlCall, (call, source: string) => {
    const document = documents.get(source);
    if (document === undefined) unknown = true;
    return document === undefined ? call : `(${document})`;
  });
  if (unknown) return new Error('a graphql() document codegen has not seen: run `npm run codegen -w client`.');
  return replaced.replace(graphqlImport, '');
}
