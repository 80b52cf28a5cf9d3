import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardRootFields } from '../../src/modules/auth/require-viewer';

/** Defence in depth: a root field that forgot its @Authorized is still closed to anonymous callers. */
describe('guardRootFields', () => {
  const schema = guardRootFields(
    buildSchema(`
      type Query { me: String, secrets: [Secret!]! }
      type Mutation { login: String, wipe: Boolean }
      type Secret { text: String }
    `),
  );
  const rootValue = { me: () => 'nobody', secrets: () => [{ text: 'hemmelig' }], login: () => 'ok', wipe: () => true };
  const run = (source: string, viewer: object | null) => graphql({ schema, source, rootValue, contextValue: { viewer } });

  it('refuses unguarded root fields to an anonymous caller, through fragments too', async () => {
    for (const source of ['{ secrets { text } }', '{ ...F } fragment F on Query { secrets { text } }', 'mutation { wipe }']) {
      const result = await run(source, null);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('lets an anonymous caller reach the public operations, and a signed-in one everything', async () => {
    expect((await run('{ me }', null)).data).toEqual({ me: 'nobody' });
    expect((await run('mutation { login }', null)).data).toEqual({ login: 'ok' });
    expect((await run('{ secrets { text } }', { id: 'u1' })).data).toEqual({ secrets: [{ text: 'hemmelig' }] });
  });
});
