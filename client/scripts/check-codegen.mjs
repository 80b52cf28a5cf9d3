// Fails when the committed src/gql/ no longer matches what codegen makes from the schema and the
// operations in src/: runs codegen in memory with the same config and compares file by file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const clientDir = fileURLToPath(new URL('..', import.meta.url));
const outputDir = path.join(clientDir, 'src/gql');

// Paths in codegen.ts are relative to client/.
process.chdir(clientDir);
const { config } = await loadCodegenConfig({ configFilePath: path.join(clientDir, 'codegen.ts') });
const outputs = await generate({ ...config, cwd: clientDir, silent: true }, false);

const expected = new Map(outputs.map((output) => [path.resolve(clientDir, output.filename), output.content]));
const committed = (await readdir(outputDir)).map((name) => path.join(outputDir, name));

const problems = [];
for (const [file, content] of expected) {
  const actual = await readFile(file, 'utf8').catch(() => undefined);
  if (actual === undefined) problems.push(`missing: ${path.relative(clientDir, file)}`);
  else if (actual !== content) problems.push(`differs: ${path.relative(clientDir, file)}`);
}
for (const file of committed) {
  if (!expected.has(file)) problems.push(`not generated any more: ${path.relative(clientDir, file)}`);
}

if (problems.length > 0) {
  console.error(`src/gql is stale — run \`npm run codegen -w client\` and commit the result.\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`src/gql is up to date (${expected.size} files).`);
