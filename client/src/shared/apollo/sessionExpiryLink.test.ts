import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSessionExpired, sessionExpiryLink } from './sessionExpiryLink';

// Plain parse(), not gql: codegen collects gql documents, and these are only for the test.
const CompaniesQuery = parse(`
  query Companies {
    prospects {
      totalCount
    }
  }
`);
const LoginMutation = parse(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

const refused = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

function clientAnswering(mocks: MockLink.MockedResponse[]) {
  return new ApolloClient({ link: ApolloLink.from([sessionExpiryLink, new MockLink(mocks)]), cache: new InMemoryCache() });
}

describe('sessionExpiryLink', () => {
  const listener = vi.fn();
  let stop = () => {};
  afterEach(() => {
    stop();
    listener.mockReset();
  });

  it('tells the app when an operation is refused as UNAUTHENTICATED', async () => {
    stop = onSessionExpired(listener);
    const client = clientAnswering([
      { request: { query: CompaniesQuery }, result: refused('UNAUTHENTICATED', 'Du må logge inn.') },
    ]);
    await expect(client.query({ query: CompaniesQuery })).rejects.toThrow('Du må logge inn.');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('says nothing about a failed login: wrong credentials are not an expired session', async () => {
    stop = onSessionExpired(listener);
    const variables = { email: 'kari@magnet.example', password: 'feil' };
    const client = clientAnswering([
      { request: { query: LoginMutation, variables }, result: refused('UNAUTHENTICATED', 'Feil e-post eller passord.') },
    ]);
    await expect(client.mutate({ mutation: LoginMutation, variables })).rejects.toThrow('Feil e-post eller passord.');
    expect(listener).not.toHaveBeenCalled();
  });

  it('says nothing about other refusals', async () => {
    stop = onSessionExpired(listener);
    const client = clientAnswering([
      { request: { query: CompaniesQuery }, result: refused('FORBIDDEN', 'Du har ikke tilgang til dette.') },
    ]);
    await expect(client.query({ query: CompaniesQuery })).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});
