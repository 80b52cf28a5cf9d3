import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers, logIn } from './support/browser';
import { magnetAndBrowser } from './support/magnet-server';

// Story 3: the board lands on the statistics, sees the API's figures, prints the board report,
// and never sees a contact person.
const app = magnetAndBrowser();
const repoRoot = path.resolve(__dirname, '../..');

/** A GraphQL operation from the page, with the page's session (and the CSRF header the server asks for). */
async function graphqlFromPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return response.json();
    },
    [query, variables] as const,
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

async function signedIn(role: keyof typeof demoUsers, start: RegExp): Promise<Page> {
  const page = await app.browser.newPage();
  await page.goto(app.magnet.url);
  await page.waitForURL(/\/login/);
  await logIn(page, demoUsers[role]);
  await page.waitForURL(start);
  return page;
}

/** Figures as the page writes them in bokmål, compared without spaces (the page groups with U+00A0). */
const nb = (value: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(value).replace(/\s/g, '');
const nbPercent = (share: number) => new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 }).format(share).replace(/\s/g, '');
const compact = (text: string) => text.replace(/\s/g, '').replace(/\u2212/g, '-');

const tileValue = (page: Page, figure: string) => page.locator(`[data-figure="${figure}"] [data-value]`).innerText();

describe('story 3: the board follows the figures', () => {
  it('lands the board on the statistics, with the same numbers as the API', async () => {
    const page = await signedIn('BOARD', /\/statistics$/);
    await page.locator('[data-figure="jobs"] [data-value]').waitFor();

    // The page opens on the programme period with no filter; ask the API the same.
    const period = { from: '2015-07-01', to: '2018-06-30' };
    const { statistics } = await graphqlFromPage<{
      statistics: {
        jobs: { realized: number };
        residents: { realized: number };
        winRate: number | null;
        activeCompanies: number;
        establishmentsByYear: { year: number; count: number }[];
      };
    }>(
      page,
      `query ($period: PeriodInput!) { statistics(period: $period) {
        jobs { realized } residents { realized } winRate activeCompanies establishmentsByYear { year count } } }`,
      { period },
    );

    expect(compact(await tileValue(page, 'jobs'))).toBe(nb(statistics.jobs.realized));
    expect(compact(await tileValue(page, 'residents'))).toBe(nb(statistics.residents.realized));
    expect(compact(await tileValue(page, 'active-companies'))).toBe(nb(statistics.activeCompanies));
    expect(compact(await tileValue(page, 'win-rate'))).toBe(statistics.winRate === null ? '–ingendata' : nbPercent(statistics.winRate));
    // A past period shows its last year (2018) unless this year is in it.
    const year = Math.min(new Date().getFullYear(), 2018);
    const established = statistics.establishmentsByYear.find((y) => y.year === year)?.count ?? 0;
    await expect.poll(() => page.locator('[data-figure="establishments"] h3').innerText()).toContain(String(year));
    expect(compact(await tileValue(page, 'establishments'))).toBe(nb(established));

    // The multi-area note is visible, and the report link carries the period.
    await page.getByText('En bedrift teller i hvert av sine fokusområder, så summen kan bli større enn totalen.').waitFor();
    await page.getByRole('link', { name: 'Styrerapport' }).click();
    await page.waitForURL(/\/statistics\/report\?.*from=2015-07-01.*to=2018-06-30/);
    await page.locator('[data-report-ready="true"]').waitFor();
    await page.close();
  });

  it('renders the board report to a PDF, in the browser and with `npm run report`', async () => {
    const page = await signedIn('BOARD', /\/statistics$/);
    await page.goto(`${app.magnet.url}/statistics/report?from=2016-01-01&to=2016-12-31`);
    await page.locator('[data-report-ready="true"]').waitFor();
    await page.getByRole('heading', { name: 'Styrerapport – Magnet' }).waitFor();
    await page.getByText('Periode: 01.01.2016–31.12.2016').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    await page.close();

    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-report-')), 'report.pdf');
    await promisify(execFile)(
      process.execPath,
      ['scripts/report.mjs', '--from', '2016-01-01', '--to', '2016-12-31', '--out', out, '--url', app.magnet.url],
      { cwd: repoRoot, env: { ...process.env, MAGNET_EMAIL: demoUsers.BOARD, MAGNET_PASSWORD: demoPassword }, timeout: 90_000 },
    );
    const written = fs.readFileSync(out);
    expect(written.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(written.length).toBeGreaterThan(20_000);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }, 150_000);

  it('shows the board no contact person anywhere', async () => {
    // Contact names of the demo, read as the project leader (who may see them).
    const leader = await signedIn('LEADER', /\/pipeline$/);
    const { prospects, users } = await graphqlFromPage<{
      prospects: { edges: { node: { id: string; contacts: { name: string }[] } }[] };
      users: { name: string }[];
    }>(leader, '{ prospects(first: 20) { edges { node { id contacts { name } } } } users { name } }');
    await leader.close();
    const userNames = new Set(users.map((u) => u.name));
    // A contact who is also a user (the team's own names) would be there for another reason.
    const contactNames = [...new Set(prospects.edges.flatMap((e) => e.node.contacts.map((c) => c.name)))].filter((n) => !userNames.has(n));
    expect(contactNames.length).toBeGreaterThan(3);
    const companyWithContacts = prospects.edges.find((e) => e.node.contacts.length > 0)!.node.id;

    const board = await signedIn('BOARD', /\/statistics$/);
    const visits: [string, () => Promise<unknown>][] = [
      ['/statistics', () => board.locator('[data-figure="jobs"] [data-value]').waitFor()],
      ['/statistics/report?from=2015-07-01&to=2018-06-30', () => board.locator('[data-report-ready="true"]').waitFor()],
      ['/pipeline', () => board.getByRole('heading', { level: 2 }).first().waitFor()],
      ['/companies', () => board.getByRole('row').nth(2).waitFor()],
      [`/companies/${companyWithContacts}`, () => board.getByRole('heading', { level: 1 }).waitFor()],
    ];
    for (const [url, loaded] of visits) {
      await board.goto(`${app.magnet.url}${url}`);
      await loaded();
      await board.waitForLoadState('networkidle');
      const text = await board.locator('body').innerText();
      for (const name of contactNames) expect(text, `${name} on ${url}`).not.toContain(name);
    }
    await board.close();
  }, 120_000);
});
