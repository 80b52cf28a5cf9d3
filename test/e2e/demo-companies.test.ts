import { describe, expect, it } from 'vitest';
import { demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

const app = magnetAndBrowser();

describe('a new user on the embedded database', () => {
  it('signs in and sees the demo companies, in bokmål, and can search them', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.magnet.url}/companies`);
    await page.waitForURL(/\/login\?next=%2Fcompanies/);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await logIn(page, demoUsers.LEADER);
    await page.waitForURL(/\/companies$/);

    // The list is virtualized: only the rows in view are in the DOM.
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    await page.getByRole('rowheader', { name: 'GLOMMA FARMA AS' }).waitFor();
    expect(await page.getByText(/\d+ bedrifter/).textContent()).toMatch(/^6\d bedrifter$/);

    await page.getByRole('searchbox').fill('glomma');
    await page.waitForURL(/q=glomma/);
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + one company
    await page.reload();
    await page.getByRole('rowheader', { name: 'GLOMMA FARMA AS' }).waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('glomma');
    await page.close();
  });
});
