import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, printSortedSchema } from '../../src/app/build-schema';

const committed = path.resolve(__dirname, '../../../schema/schema.graphql');

describe('schema/schema.graphql', () => {
  it('is what the server emits (run `npm run schema` after changing the API)', async () => {
    const emitted = printSortedSchema(await buildSchema());
    expect(fs.readFileSync(committed, 'utf8'), 'schema/schema.graphql is stale: run `npm run schema`').toBe(emitted);
  });
});
