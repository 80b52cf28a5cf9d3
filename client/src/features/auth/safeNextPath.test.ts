import { describe, expect, it } from 'vitest';
import { loginPath } from './nextPath';
import { safeNextPath } from './safeNextPath';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query string and fragment', () => {
    expect(safeNextPath('/companies')).toBe('/companies');
    expect(safeNextPath('/companies?q=elverum%20tre&focus=a,b')).toBe('/companies?q=elverum%20tre&focus=a,b');
    expect(safeNextPath('/statistics#funnel')).toBe('/statistics#funnel');
  });

  it.each([
    ['another host, scheme-relative', '//evil.example'],
    ['another host, scheme-relative with a path', '//evil.example/companies'],
    ['another host, absolute', 'https://evil.example/companies'],
    ['another host over http', 'http://evil.example'],
    ['a backslash, which browsers read as a slash', '/\\evil.example'],
    ['a tab, which browsers drop', '/\t/evil.example'],
    ['a newline, which browsers drop', '/\n/evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'companies'],
    ['the login page itself', '/login?next=/companies'],
    ['nothing', ''],
  ])('refuses %s', (_, next) => {
    expect(safeNextPath(next)).toBeUndefined();
  });

  it('refuses a missing parameter', () => {
    expect(safeNextPath(null)).toBeUndefined();
    expect(safeNextPath(undefined)).toBeUndefined();
  });
});

describe('loginPath', () => {
  it('carries the page, query string included, in `next`', () => {
    expect(loginPath('/companies?q=tre')).toBe('/login?next=%2Fcompanies%3Fq%3Dtre');
  });

  it('leaves `next` out for the start page and the login page', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/login?next=%2Fcompanies')).toBe('/login');
  });
});
