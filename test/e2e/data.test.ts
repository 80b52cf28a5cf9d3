import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

// Issue 7, data in: the project leader uploads a small Enhetsregisteret file through the UI,
// then makes one entity of the region a company, which then stands in the company list.

// The sample's shape (../shared/data/brreg/enheter-sample.csv), kept with the server's import fixtures.
const registerFile = path.resolve(__dirname, '../../server/test/data/fixtures/enheter-sample.csv');

const app = magnetAndBrowser();

describe('data in: register import and new companies from it', () => {
  it('imports a register file through the UI, makes one entity a company, and finds it in the company list', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    await page.goto(`${app.magnet.url}/settings/register-import`);
    await page.waitForURL(/\/login/);
    await logIn(page, demoUsers.LEADER);
    await page.waitForURL(/\/settings\/register-import$/);
    await page.getByText(/Ingen import ennå/).waitFor();

    // The region's three municipalities are ticked; the neighbours are not.
    for (const name of ['Elverum (3420)', 'Våler (3419)', 'Åmot (3422)']) {
      expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    await page.getByLabel('Fil fra Enhetsregisteret').setInputFiles(registerFile);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    // Seven of the sample's entities are in the region (Oslo and Hamar are not).
    await page.getByText('Importen er ferdig: 7 nye, 0 endret og 0 fjernet.').waitFor();
    await page.getByText('Nye: 7').waitFor();
    await page.getByText('Fullført').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // Find new companies: the entity, its suggested focus area, and one click.
    await page.getByRole('link', { name: 'Finn nye bedrifter blant dem' }).click();
    await page.waitForURL(/\/companies\/find$/);
    await page.getByText('7 virksomheter').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /GLOMMA FARMA AS/ }) });
    expect(await row.getByRole('cell').nth(1).innerText()).toContain('21.200');
    await row.getByRole('checkbox', { name: /Merk GLOMMA FARMA AS med/ }).check();
    await row.getByRole('button', { name: 'Gjør til bedrift: GLOMMA FARMA AS' }).click();
    await page.getByText('GLOMMA FARMA AS er nå en bedrift i første fase.').waitFor();
    await row.getByText('Lagt til').waitFor();
    const link = row.getByRole('link', { name: 'Åpne GLOMMA FARMA AS' });
    expect(await link.getAttribute('href')).toMatch(/^\/companies\/[0-9a-f-]{36}$/);

    // It is a company now, in the first stage, in the company list.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bedrifter' }).click();
    await page.waitForURL(/\/companies$/);
    // (The demo data has a namesake with another organisation number: search by the number.)
    await page.goto(`${app.magnet.url}/companies?q=999900011`);
    const company = page.getByRole('row').filter({ hasText: '999\u00a0900\u00a0011' });
    await company.waitFor();
    expect(await company.getByRole('rowheader').innerText()).toBe('GLOMMA FARMA AS');
    expect(await company.innerText()).toContain('Identifisert');

    // And no longer among the candidates.
    await page.goto(`${app.magnet.url}/companies/find`);
    await page.getByText('6 virksomheter').waitFor();
    expect(await page.getByRole('rowheader', { name: /GLOMMA FARMA AS/ }).count()).toBe(0);
    await page.close();
  });
});
