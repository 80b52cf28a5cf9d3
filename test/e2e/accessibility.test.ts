import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

const app = magnetAndBrowser();

/** Signs in as `email` and checks each page once it has loaded (its main heading is there). */
async function checkPages(email: string, paths: string[]): Promise<Record<string, string[]>> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.magnet.url}/login`);
  await logIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(`${app.magnet.url}${path}`);
    found[path] = await settledViolations(page);
  }
  await page.close();
  return found;
}

/** Waits for the page's data (no "Laster …" left), then asks axe. */
async function settledViolations(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.getByText('Laster …').count()).toBe(0);
  return accessibilityViolations(page);
}

const none = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, []]));

describe('accessibility (axe-core, WCAG 2 A/AA and best practices)', () => {
  it('the login page has no violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.magnet.url}/login`);
    await page.getByLabel('E-post').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('the project leader’s pages have none', async () => {
    const paths = ['/pipeline', '/companies', '/companies/new', '/meetings', '/statistics', '/settings/project', '/settings/privacy', '/settings/register-import', '/settings/account'];
    expect(await checkPages(demoUsers.LEADER, paths)).toEqual(none(paths));
  });

  it('a company page, the meeting form (logging and correcting) and deleting a meeting have none', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.magnet.url}/companies?q=glomma`);
    await logIn(page, demoUsers.LEADER);
    await page.getByRole('link', { name: 'GLOMMA FARMA AS' }).click();
    await page.getByRole('heading', { level: 1, name: 'GLOMMA FARMA AS' }).waitFor();
    expect(await settledViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Logg møte' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^Endre .* \d{2}\.\d{2}\.\d{4}$/ }).first().click();
    const edit = page.getByRole('dialog', { name: 'Endre møte' });
    await edit.getByLabel('Referat').waitFor();
    await expect.poll(() => edit.getByText('Laster …').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^Slett .* \d{2}\.\d{2}\.\d{4}$/ }).first().click();
    const confirm = page.getByRole('dialog', { name: /^Slette / });
    await confirm.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await page.close();
  });

  it('the admin’s and the board’s pages have none', async () => {
    const admin = ['/settings/users', '/settings/audit', '/companies/find', '/companies/import'];
    const board = ['/statistics', '/pipeline', '/report'];
    expect(await checkPages(demoUsers.ADMIN, admin)).toEqual(none(admin));
    expect(await checkPages(demoUsers.BOARD, board)).toEqual(none(board));
  });
});
