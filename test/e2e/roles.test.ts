import { describe, expect, it } from 'vitest';
import { demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

const app = magnetAndBrowser();

const expected = {
  ADMIN: { start: /\/pipeline$/, nav: ['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger'] },
  LEADER: { start: /\/pipeline$/, nav: ['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger'] },
  MEMBER: { start: /\/pipeline$/, nav: ['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger'] },
  BOARD: { start: /\/statistics$/, nav: ['Pipeline', 'Bedrifter', 'Statistikk'] },
} as const;

describe('navigation by role', () => {
  for (const [role, { start, nav }] of Object.entries(expected)) {
    it(`${role} lands on its start page and sees its navigation`, async () => {
      const page = await app.browser.newPage();
      await page.goto(app.magnet.url);
      await page.waitForURL(/\/login/);
      await logIn(page, demoUsers[role as keyof typeof demoUsers]);
      await page.waitForURL(start);
      const links = page.getByRole('navigation', { name: /hoved/i }).getByRole('link');
      await expect.poll(() => links.allInnerTexts()).toEqual(nav);
      if (role === 'BOARD') {
        await page.goto(`${app.magnet.url}/meetings`);
        await page.getByText(/Ingen tilgang/i).first().waitFor();
      }
      if (role === 'ADMIN') {
        await page.goto(`${app.magnet.url}/settings/users`);
        await page.getByRole('cell', { name: 'styret@magnet.example' }).waitFor();
      }
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.waitForURL(/\/login/);
      await page.close();
    });
  }

  it('sends an expired session back to login, then on to the page the user wanted', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.magnet.url}/companies?q=rena`);
    await logIn(page, demoUsers.MEMBER);
    await page.waitForURL(/\/companies\?q=rena$/);
    // The session ends on the server (as when it times out); the next request finds out.
    await page.getByRole('searchbox').waitFor();
    await context.clearCookies();
    await page.getByRole('searchbox').fill('glomma');
    await page.waitForURL(/\/login\?next=/);
    await page.getByText('Økten er utløpt. Logg inn på nytt.').waitFor();
    await logIn(page, demoUsers.MEMBER);
    await page.waitForURL(/\/companies\?q=glomma$/);
    await context.close();
  });
});
