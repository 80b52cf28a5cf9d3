import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { describeError } from './describeError';

const serverError = (status: number) =>
  new ServerError('Response not successful', { response: new Response('', { status }), bodyText: '' });

describe('describeError', () => {
  it("shows the server's messages as they are, each once", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Du må logge inn.' }, { message: 'Du må logge inn.' }, { message: 'Fant ikke bedriften.' }],
    });
    expect(describeError(error, i18n.t)).toBe('Du må logge inn. Fant ikke bedriften.');
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    expect(describeError(new TypeError('Failed to fetch'), i18n.t)).toBe(
      'Får ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    );
  });

  it('says the same when a gateway answers for a server that is down', () => {
    for (const status of [502, 503, 504]) {
      expect(describeError(serverError(status), i18n.t)).toMatch(/^Får ikke kontakt med serveren/);
    }
  });

  it('gives the HTTP status of any other failed answer', () => {
    expect(describeError(serverError(500), i18n.t)).toBe('Serveren svarte med en feil (HTTP 500). Prøv igjen om litt.');
  });
});
