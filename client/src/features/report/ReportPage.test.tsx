import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { FilterOptionsQuery } from '../filters/hooks/useFilterOptions';
import { statisticsMocks } from '../statistics/statisticsFixtures';
import { renderApp, viewers } from '../../test/renderApp';
import { ClosedCompaniesQuery, ClosedStagesQuery } from './hooks/useClosedCompanies';

beforeAll(() => import('../../app/routes/ReportPage'), 30_000);

const period = { from: '2016-01-01', to: '2016-12-31' };
const stage = (id: string, category: string) => ({ __typename: 'Stage', id, category }) as const;
const won = stage('s-won', 'WON');
const lost = stage('s-lost', 'LOST');

const company = (id: string, name: string, current: typeof won | typeof lost, closedAt: string, fields: Record<string, unknown> = {}) => ({
  __typename: 'Prospect',
  id,
  name,
  realizedJobs: null,
  estimatedJobs: 10,
  newResidents: null,
  lostReason: null,
  stage: current,
  stageHistory: [
    { __typename: 'StageChange', id: `${id}-1`, changedAt: '2015-09-01T08:00:00.000Z' },
    { __typename: 'StageChange', id: `${id}-2`, changedAt: closedAt },
  ],
  ...fields,
});

const mocks = [
  {
    request: { query: FilterOptionsQuery },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { focusAreas: [], stages: [], users: [], municipalities: [] } },
  },
  ...statisticsMocks(period),
  {
    request: { query: ClosedStagesQuery },
    result: { data: { stages: [stage('s-open', 'OPEN'), won, lost] } },
  },
  {
    request: { query: ClosedCompaniesQuery, variables: { filter: { archived: 'ALL', stageIds: ['s-won', 's-lost'] }, after: null } },
    result: {
      data: {
        prospects: {
          __typename: 'ProspectConnection',
          edges: [
            // 22:30 UTC on 31.12.2016 is 23:30 in Oslo: still in the period.
            { __typename: 'ProspectEdge', node: company('p1', 'Rena Logistikk AS', won, '2016-12-31T22:30:00.000Z', { realizedJobs: 1200, newResidents: 30 }) },
            { __typename: 'ProspectEdge', node: company('p2', 'Våler Pellets AS', lost, '2016-03-05T10:00:00.000Z', { lostReason: 'Valgte Sverige' }) },
            // Closed before the period: not in the report.
            { __typename: 'ProspectEdge', node: company('p3', 'Elverum Tre AS', won, '2015-11-01T10:00:00.000Z', { realizedJobs: 5 }) },
          ],
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
  },
];

describe('the board report', () => {
  it('lists the companies won and lost in the period with date, jobs and reason', async () => {
    renderApp('/statistics/report?from=2016-01-01&to=2016-12-31', { viewer: viewers.BOARD, mocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Styrerapport – Magnet' })).toBeTruthy();
    expect(screen.getByText('Periode: 01.01.2016–31.12.2016')).toBeTruthy();
    expect(screen.getByText('Utvalg: alle bedrifter')).toBeTruthy();

    const rows = (await screen.findAllByRole('rowheader', { name: /AS$/ })).map((cell) => cell.closest('tr')!);
    const names = rows.map((row) => within(row).getByRole('rowheader').textContent);
    expect(names).toEqual(['Våler Pellets AS', 'Rena Logistikk AS']);
    expect(rows[0].textContent).toContain('Avsluttet');
    expect(rows[0].textContent).toContain('05.03.2016');
    expect(rows[0].textContent).toContain('Valgte Sverige');
    expect(rows[1].textContent).toContain('Etablert');
    expect(rows[1].textContent).toContain('31.12.2016');
    expect(rows[1].textContent).toContain('1\u00a0200');
    await screen.findByText((_, element) => element?.getAttribute('data-report-ready') === 'true');
  });
});
