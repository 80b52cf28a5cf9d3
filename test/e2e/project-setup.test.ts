import { describe, expect, it } from 'vitest';
import { demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

const app = magnetAndBrowser();

describe('Settings → Prosjektoppsett', () => {
  it('a project leader adds a focus area and renames a stage, and the pipeline shows both at once', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.magnet.url}/settings/project`);
    await logIn(page, demoUsers.LEADER);
    await page.waitForURL(/\/settings\/project$/);

    await page.getByRole('button', { name: 'Nytt fokusområde' }).click();
    const newArea = page.getByRole('dialog', { name: 'Nytt fokusområde' });
    await newArea.getByLabel('Navn på bokmål').fill('Reiseliv');
    await newArea.getByLabel('Navn på engelsk').fill('Tourism');
    await newArea.getByRole('button', { name: 'Lagre' }).click();
    await newArea.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Alle fokusområder' }).getByRole('rowheader', { name: 'Reiseliv' }).waitFor();

    await page.getByRole('region', { name: 'Alle faser' }).getByRole('button', { name: 'Endre I dialog' }).click();
    const stage = page.getByRole('dialog');
    await stage.getByLabel('Navn på bokmål').fill('Dialog pågår');
    await stage.getByLabel('Sannsynlighet (prosent)').fill('30');
    await stage.getByRole('button', { name: 'Lagre' }).click();
    await stage.waitFor({ state: 'detached' });
    const row = page.getByRole('region', { name: 'Alle faser' }).getByRole('row', { name: /Dialog pågår/ });
    await expect.poll(() => row.innerText()).toMatch(/30\s*%/);

    // The app's other views read focus areas and stages from the same cache: no reload needed.
    await page.getByRole('navigation', { name: /hoved/i }).getByRole('link', { name: 'Pipeline' }).click();
    await page.getByRole('button', { name: 'Reiseliv', pressed: false }).waitFor(); // the focus-area filter's toggles
    await page.getByRole('heading', { name: 'Dialog pågår' }).waitFor();

    // And after a reload, from the server.
    await page.reload();
    await page.getByRole('heading', { name: 'Dialog pågår' }).waitFor();
    await page.close();
  });

  it('is not offered to a member', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.magnet.url}/settings`);
    await logIn(page, demoUsers.MEMBER);
    await page.waitForURL(/\/settings/);
    await page.getByRole('link', { name: 'Min konto' }).waitFor();
    expect(await page.getByRole('link', { name: 'Prosjektoppsett' }).count()).toBe(0);
    await page.goto(`${app.magnet.url}/settings/project`);
    await page.getByText(/Ingen tilgang/i).first().waitFor();
    await page.close();
  });
});
