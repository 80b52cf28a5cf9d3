import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, launchBrowser, logIn } from './support/browser';
import { startMagnetWithCompanies } from './support/many-companies';
import { startMagnet } from './support/magnet-server';

/**
 * Story 2: the team meets weekly around the pipeline ("show me defence logistics", "what is
 * stuck in dialogue"); the board of stages is the main screen.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A signed-in page at `path` (the login page first, as a person gets it), on a laptop screen unless told. */
async function signedIn(url: string, path: string, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}${path}`);
  await page.waitForURL(/\/login/);
  await logIn(page, email);
  await page.waitForURL((u) => u.pathname === path.split('?')[0]);
  return page;
}

const column = (page: Page, stage: string) => page.locator('section.pipeline-column', { has: page.getByRole('heading', { level: 2, name: stage, exact: true }) });
const cardsIn = (page: Page, stage: string) => column(page, stage).getByRole('article');
const cardNames = (page: Page, stage: string) => cardsIn(page, stage).evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

/** The company's stage and stage log, asked from the page (with its session cookie) through the API. */
async function stageHistory(page: Page, id: string) {
  return page.evaluate(async (prospectId) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($id: ID!) { prospect(id: $id) { stage { key } stageHistory { from { key } to { key } by { email } } } }`,
        variables: { id: prospectId },
      }),
    });
    return (await response.json()) as {
      data: { prospect: { stage: { key: string }; stageHistory: { from: { key: string } | null; to: { key: string }; by: { email: string } | null }[] } };
    };
  }, id);
}

/** The first card of a stage once the board has loaded: the locator, the company's name and id. */
async function firstCard(page: Page, stage: string) {
  await expect.poll(() => cardsIn(page, stage).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const card = cardsIn(page, stage).first();
  const href = (await card.getByRole('link').first().getAttribute('href'))!;
  return { card, name: (await card.getAttribute('aria-label'))!, id: href.split('/').pop()! };
}

/** The server's answer to the next move of a card. */
const nextMoveAnswer = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MovePipelineCard'));

/** Drags with the mouse from the middle of one element to the middle of another, in small steps as a hand does. */
async function drag(page: Page, from: Locator, to: Locator) {
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 12);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + 20, { steps: 5 });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(end.height / 2, 80), { steps: 20 });
  await page.mouse.up();
}

describe('story 2 on the demo data', () => {
  let magnet: Awaited<ReturnType<typeof startMagnet>>;
  beforeAll(async () => {
    magnet = await startMagnet();
  });
  afterAll(async () => {
    await magnet?.cleanup();
  });

  it('a member filters on Forsvarslogistikk and sees only those companies; a reload keeps the filter', async () => {
    const page = await signedIn(magnet.url, '/pipeline', demoUsers.MEMBER);
    const cards = page.locator('.pipeline-board').getByRole('article');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(10);
    const chipsOfEveryCard = () =>
      cards.evaluateAll((all) => all.map((card) => Array.from(card.querySelectorAll('.card-chips li'), (li) => li.textContent)));
    // Unfiltered, the board holds other focus areas too.
    expect((await chipsOfEveryCard()).some((chips) => !chips.includes('Forsvarslogistikk'))).toBe(true);

    await page.getByRole('button', { name: 'Forsvarslogistikk', exact: true }).click();
    await page.waitForURL(/[?&]focus=/);
    await expect.poll(async () => (await chipsOfEveryCard()).every((chips) => chips.includes('Forsvarslogistikk'))).toBe(true);
    const filtered = await cards.count();
    expect(filtered).toBeGreaterThan(0);

    const filteredUrl = page.url();
    await page.reload();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(filtered);
    expect(page.url()).toBe(filteredUrl);
    expect(await page.getByRole('button', { name: 'Forsvarslogistikk', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect((await chipsOfEveryCard()).every((chips) => chips.includes('Forsvarslogistikk'))).toBe(true);
    await page.close();
  });

  it('a member drags a card to the next stage: it moves at once, stays after a reload, and the stage log has it', async () => {
    const page = await signedIn(magnet.url, '/pipeline', demoUsers.MEMBER);
    const { card, name, id } = await firstCard(page, 'Identifisert');
    const before = await stageHistory(page, id);
    expect(before.data.prospect.stage.key).toBe('IDENTIFIED');

    const saved = nextMoveAnswer(page);
    await drag(page, card, column(page, 'Kontaktet').locator('.column-cards'));
    expect(await cardNames(page, 'Kontaktet')).toContain(name);
    expect(await (await saved).json()).not.toHaveProperty('errors');

    await page.reload();
    await expect.poll(() => cardNames(page, 'Kontaktet'), { timeout: 15_000 }).toContain(name);
    expect(await cardNames(page, 'Identifisert')).not.toContain(name);
    const after = await stageHistory(page, id);
    expect(after.data.prospect.stage.key).toBe('CONTACTED');
    expect(after.data.prospect.stageHistory).toHaveLength(before.data.prospect.stageHistory.length + 1);
    expect(after.data.prospect.stageHistory.at(-1)).toEqual({
      from: { key: 'IDENTIFIED' },
      to: { key: 'CONTACTED' },
      by: { email: demoUsers.MEMBER },
    });
    await page.close();
  });

  it('a member moves a card with the keyboard alone', async () => {
    const page = await signedIn(magnet.url, '/pipeline', demoUsers.MEMBER);
    const { name, id } = await firstCard(page, 'I dialog');

    const saved = nextMoveAnswer(page);
    await page.getByRole('button', { name: `Flytt ${name}` }).focus();
    await page.keyboard.press('Space');
    await page.getByText(`Løftet ${name}`, { exact: false }).or(page.getByText(`${name} er i I dialog`, { exact: false })).first().waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText(`${name} er i Vurderer etablering`, { exact: false }).or(page.getByText(`${name} er over Vurderer etablering`, { exact: false })).first().waitFor({ state: 'attached' });
    await page.keyboard.press('Space');

    expect(await cardNames(page, 'Vurderer etablering')).toContain(name);
    expect(await (await saved).json()).not.toHaveProperty('errors');
    expect((await stageHistory(page, id)).data.prospect.stage.key).toBe('CONSIDERING');
    // The focus stays on the card's handle, so the next move can follow.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Flytt ${name}`);
    await page.close();
  });

  it('a board member sees the pipeline but cannot move a card', async () => {
    const page = await signedIn(magnet.url, '/pipeline', demoUsers.BOARD);
    const { card, name } = await firstCard(page, 'Identifisert');

    expect(await page.getByRole('button', { name: /^Flytt / }).count()).toBe(0);
    expect(await page.locator('[aria-roledescription]').count()).toBe(0);
    const moves: string[] = [];
    page.on('request', (r) => (r.postData() ?? '').includes('MovePipelineCard') && moves.push(r.url()));

    await drag(page, card, column(page, 'Kontaktet').locator('.column-cards'));
    // The keyboard has nothing to lift: no handle, and Space on the page only scrolls.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');

    expect(await cardNames(page, 'Identifisert')).toContain(name);
    expect(moves).toEqual([]);
    await page.reload();
    await expect.poll(() => cardNames(page, 'Identifisert'), { timeout: 15_000 }).toContain(name);
    await page.close();
  });

  it('works on a tablet: the board scrolls sideways and the cards keep their width', async () => {
    const page = await signedIn(magnet.url, '/pipeline', demoUsers.MEMBER, { width: 768, height: 1024 });
    const { card } = await firstCard(page, 'Identifisert');

    const board = page.getByRole('region', { name: 'Tavle med faser' });
    const [scrollWidth, clientWidth] = await board.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The page itself does not scroll sideways: only the board does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect((await card.boundingBox())!.width).toBeGreaterThan(200);
    await page.close();
  });
});

describe('the company list with 10 000 companies', () => {
  const extra = 10_000;
  let magnet: Awaited<ReturnType<typeof startMagnetWithCompanies>>;
  beforeAll(async () => {
    magnet = await startMagnetWithCompanies(extra);
  }, 240_000);
  afterAll(async () => {
    await magnet?.cleanup();
  });

  it('keeps at most 60 row elements in the page while scrolling to the end', async () => {
    const page = await signedIn(magnet.url, '/companies', demoUsers.MEMBER);
    const summary = page.getByRole('status').filter({ hasText: /\d bedrifter$/ });
    await summary.waitFor({ timeout: 30_000 });
    const total = Number((await summary.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(extra);

    // Every change to the table is counted, so a burst between two looks cannot hide.
    await page.evaluate(() => {
      const counted = window as unknown as { maxRows: number };
      counted.maxRows = document.querySelectorAll('tr').length;
      new MutationObserver(() => {
        counted.maxRows = Math.max(counted.maxRows, document.querySelectorAll('tr').length);
      }).observe(document.body, { childList: true, subtree: true });
    });
    const list = page.getByRole('region', { name: 'Bedrifter' });
    const lastRow = list.locator('tbody tr[aria-rowindex]').last();

    // Down the list a screenful at a time for a while, then on to the end, until the last company is in.
    for (let i = 0; i < 20; i++) {
      await list.evaluate((el) => el.scrollBy(0, el.clientHeight));
      await page.waitForTimeout(50);
    }
    await expect
      .poll(
        async () => {
          await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
          return [await lastRow.getAttribute('aria-rowindex'), await lastRow.getByRole('rowheader').count()];
        },
        { timeout: 150_000, interval: 500 },
      )
      .toEqual([String(total + 1), 1]);

    const maxRows = await page.evaluate(() => (window as unknown as { maxRows: number }).maxRows);
    expect(maxRows).toBeGreaterThan(10);
    expect(maxRows).toBeLessThanOrEqual(60);
    expect(await page.locator('tr').count()).toBeLessThanOrEqual(60);
    await page.close();
  }, 240_000);
});
