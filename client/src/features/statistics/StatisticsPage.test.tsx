import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { FilterOptionsQuery } from '../filters/hooks/useFilterOptions';
import { renderApp, viewers } from '../../test/renderApp';
import { figuresAnswer, statisticsMocks } from './statisticsFixtures';

// The page's chunk is loaded once up front, not inside the first test's wait.
beforeAll(() => import('../../app/routes/StatisticsPage'), 30_000);

const period = { from: '2016-01-01', to: '2016-12-31' };
const filterOptions = {
  request: { query: FilterOptionsQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { focusAreas: [], stages: [], users: [], municipalities: [] } },
};
// getByText normalises the no-break space the page groups with to a plain space.
const nbsp = ' ';
const tile = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('article')!;

function renderStatistics(figures = figuresAnswer(), durationsDelay = 0) {
  return renderApp('/statistics?from=2016-01-01&to=2016-12-31', {
    viewer: viewers.BOARD,
    mocks: [filterOptions, ...statisticsMocks(period, figures, durationsDelay)],
  });
}

describe('the statistics page', () => {
  it('shows the tiles the Norwegian way: grouped thousands, decimal comma, percent with a space', async () => {
    renderStatistics();
    await screen.findByRole('heading', { level: 3, name: 'Nye arbeidsplasser' });
    expect(within(tile('Nye arbeidsplasser')).getByText(`1${nbsp}234`)).toBeTruthy();
    expect(within(tile('Nye arbeidsplasser')).getByText(/Prognose med vektet pipeline: 1 254,5 \(vektet pipeline nå: 20,5\)/)).toBeTruthy();
    expect(within(tile('Aktive bedrifter')).getByText(`10${nbsp}000`)).toBeTruthy();
    expect(within(tile('Vinnerandel')).getByText(`75${nbsp}%`)).toBeTruthy();
    expect(within(tile('Etableringer i 2016')).getByText('2')).toBeTruthy();
    expect(within(tile('Etableringer i 2016')).getByText('mål 2–3 per år')).toBeTruthy();
    expect(within(tile('Nye innbyggere')).getByText(/av 200/)).toBeTruthy();
  });

  it('shows a share over nothing as "–" titled "ingen data"', async () => {
    renderStatistics(figuresAnswer({ winRate: null, won: 0, lost: 0 }));
    await screen.findByRole('heading', { level: 3, name: 'Vinnerandel' });
    const noData = within(tile('Vinnerandel')).getByTitle('ingen data');
    expect(noData.textContent).toContain('–');
    expect(within(tile('Vinnerandel')).queryByText(/%/)).toBeNull();
  });

  it('says that a company counts in each of its focus areas', async () => {
    renderStatistics();
    expect(await screen.findByText('En bedrift teller i hvert av sine fokusområder, så summen kan bli større enn totalen.')).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: /Folkehelse/ }).closest('tr')!;
    expect(within(row).getAllByTitle('ingen data').length).toBeGreaterThan(0);
  });

  it('shows median days with one decimal and a link to the board report with the same period', async () => {
    renderStatistics();
    expect(await screen.findByText('12,5')).toBeTruthy();
    expect(screen.getByText('Median tid fra opprettet til etablert: 193,5 dager')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Styrerapport' }).getAttribute('href')).toBe('/statistics/report?from=2016-01-01&to=2016-12-31');
    expect(screen.getByRole('button', { name: 'Eksporter tall (CSV)' })).toBeTruthy();
  });

  it('shows the figures before the medians, which read rows and come last', async () => {
    renderStatistics(figuresAnswer(), 400);
    await screen.findByRole('heading', { level: 3, name: 'Nye arbeidsplasser' });
    const timeInStage = () => screen.getByRole('heading', { level: 2, name: 'Tid i fase' }).closest('section')!;
    expect(within(timeInStage()).getByRole('status').textContent).toBe('Henter tallene …');
    // Everything goes into the CSV, so it waits for the medians too.
    expect(screen.getByRole('button', { name: 'Eksporter tall (CSV)' }).hasAttribute('disabled')).toBe(true);

    await screen.findByText('12,5');
    expect(within(timeInStage()).getByText('12,5')).toBeTruthy();
    expect(within(timeInStage()).queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Eksporter tall (CSV)' }).hasAttribute('disabled')).toBe(false);
  });
});
