import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/shared/config';

describe('configuration from the environment', () => {
  it("has defaults: port 4000 on 127.0.0.1, embedded database in the repository's data/, wherever the command runs", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve(__dirname, '../../../data'),
      env: 'development',
      logSql: false,
      session: { idleMinutes: 120, absoluteHours: 12 },
      brreg: { baseUrl: 'https://data.brreg.no/enhetsregisteret/api', timeoutMs: 5000 },
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: undefined });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://magnet:secret@db:5432/magnet',
        DATA_DIR: '/var/lib/magnet',
        NODE_ENV: 'production',
      }),
    ).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://magnet:secret@db:5432/magnet',
      dataDir: '/var/lib/magnet',
      env: 'production',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc").'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "70000").'],
    [{ PORT: '80.5' }, 'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "80.5").'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x@y/z").'],
    [{ DATABASE_URL: 'not a url' }, 'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "not a url").'],
    [{ HOST: 'two words' }, 'Invalid configuration: HOST must be a host name or an IP address (got "two words").'],
    [{ NODE_ENV: 'staging' }, 'Invalid configuration: NODE_ENV must be development, production or test (got "staging").'],
  ])('refuses %o with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
