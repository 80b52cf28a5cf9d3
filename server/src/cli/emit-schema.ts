import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, printSortedSchema } from '../app/build-schema';
import { runCli } from './run-cli';

export const schemaFile = path.resolve(__dirname, '../../../schema/schema.graphql');

runCli(async () => {
  fs.writeFileSync(schemaFile, printSortedSchema(await buildSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
});
