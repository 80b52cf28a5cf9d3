import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase } from '../support/test-database';
import { daysSince, insertHistory } from './history';

/**
 * Design § Statistics, pinned on the scripted history of ./history.ts. Every
 * expected figure is worked out by hand from that history (the comments show
 * the arithmetic); "now" enters only where the design says "until now".
 */
const counter = new StatementCounter();
let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let areas: Record<string, string>;

const OUTCOME = 'won lost winRate realizedJobs established funnelWon funnel { stage { key } reached conversion }';
const STATISTICS = `query($filter: ProspectFilter, $period: PeriodInput!) {
  statistics(filter: $filter, period: $period) {
    funnel { stage { key } reached conversion } funnelWon won lost winRate
    establishmentsByYear { year count }
    jobs { realized weightedPipeline target { value periodStart periodEnd } }
    residents { realized target { value } }
    jobsOverTime { month realized cumulative }
    timeInStage { stage { key } medianDays count }
    medianDaysToDecision
    meetingsByMonth { month kind count }
    meetingsByQuarter { quarter kind count }
    activeCompanies
    byFocusArea { focusArea { key } ${OUTCOME} }
    byTargetGroup { targetGroup ${OUTCOME} }
    byMunicipality { municipality { number } ${OUTCOME} }
  }
}`;

const P1 = { from: '2016-01-01', to: '2016-12-31' };
const P2 = { from: '2015-07-01', to: '2018-06-30' }; // the programme period
const P3 = { from: '2017-03-15', to: '2017-09-10' };

async function statistics(period: { from: string; to: string }, filter: Record<string, unknown> | null = null) {
  return (await client.data(STATISTICS, { period, filter })).statistics;
}

/** [stage, reached, conversion] per funnel step, for compact expectations. */
const steps = (funnel: any[]) => funnel.map((s) => [s.stage.key, s.reached, s.conversion]);
const funnelOf = (reached: number[], won: number) => {
  const keys = ['IDENTIFIED', 'CONTACTED', 'DIALOGUE', 'CONSIDERING', 'DECISION'];
  const next = [...reached.slice(1), won];
  return keys.map((key, i) => [key, reached[i], reached[i] === 0 ? null : next[i]! / reached[i]!]);
};
/** Median days per stage; "until now" values are compared to 0.005 days. */
function expectTimes(actual: any[], expected: Record<string, [count: number, median: number | null]>) {
  for (const row of actual) {
    const [count, median] = expected[row.stage.key] ?? [0, null];
    expect(row.count, row.stage.key).toBe(count);
    if (median === null) expect(row.medianDays, row.stage.key).toBeNull();
    else expect(row.medianDays, row.stage.key).toBeCloseTo(median, 2);
  }
}
const group = (list: any[], pick: (g: any) => unknown) => Object.fromEntries(list.map((g) => [String(pick(g)), g]));
const outcome = (g: any) => [g.won, g.lost, g.winRate, g.realizedJobs, g.established];
const burnUp = (months: string[], realized: Record<string, number>) => {
  let cumulative = 0;
  return months.map((month) => ({ month, realized: realized[month] ?? 0, cumulative: (cumulative += realized[month] ?? 0) }));
};
const monthsFrom = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const [y, m] = first.split('-').map(Number) as [number, number];
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });

beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  client = await createTestClient(db, await signedIn(db, 'BOARD'));
  areas = await factories(db).focusAreaIds();
  await insertHistory(db);
  // Seeded: JOBS 100, RESIDENTS 200, ESTABLISHMENTS 3 a year, all 2015-07-01–2018-06-30. Added:
  await db.dataSource.query(`
    INSERT INTO targets (metric, meeting_kind, period_start, period_end, value, per_year, retired_at) VALUES
      ('JOBS', NULL, '2015-12-01', '2016-12-31', 40, false, NULL),            -- 397 days
      ('JOBS', NULL, '2016-01-01', '2019-12-31', 150, false, NULL),           -- 1461 days
      ('JOBS', NULL, '2010-01-01', '2030-12-31', 999, false, now()),           -- retired: never chosen
      ('MEETINGS', 'NETWORK_MEETING', '2016-01-01', '2017-12-31', 4, true, NULL),
      ('MEETINGS', 'PHONE_CALL', '2016-01-01', '2030-12-31', 2, false, NULL)`);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('statistics for 2016, no filter', () => {
  let s: any;
  beforeAll(async () => {
    s = await statistics(P1);
  });

  it('funnel: cohort created in 2016, reached = furthest OPEN stage of the log or ever WON', () => {
    // Cohort: Cirkel, Delta, Eik, Fjell, Gran, Hav, Iris, Qvist (Jord is created 2017-01-01 00:30 in Oslo).
    // Furthest OPEN / ever WON: Cirkel D, Delta B+W, Eik V, Fjell B+W (created in C), Gran I, Hav D+W, Iris V, Qvist I.
    // I: all 8 · C: not Gran, Qvist = 6 · D: 6 · V: Delta, Eik, Fjell, Hav (won), Iris = 5 · B: Delta, Fjell, Hav (won) = 3 · WON: 3.
    expect(steps(s.funnel)).toEqual([
      ['IDENTIFIED', 8, 6 / 8],
      ['CONTACTED', 6, 6 / 6],
      ['DIALOGUE', 6, 5 / 6],
      ['CONSIDERING', 5, 3 / 5],
      ['DECISION', 3, 3 / 3],
    ]);
    expect(s.funnelWon).toBe(3);
  });

  it('win rate over companies closed in 2016 by their current stage', () => {
    // WON: Alfa 05-01, Polar 08-15, Sild 02-10 (created 2014). LOST: Beta, Eik, Oase, Qvist.
    // Not: Delta (won 2016-12-01, reopened), Hav (lost 2016-09-01, now won 2017), Urd (lost 2016-03-01 and again
    // 2017-02-01: its closing date is the second loss), Fjell (won 2017).
    expect([s.won, s.lost, s.winRate]).toEqual([3, 4, 3 / 7]);
  });

  it('establishments, jobs and residents', () => {
    expect(s.establishmentsByYear).toEqual([{ year: 2016, count: 3 }]); // Alfa, Polar, Sild; Delta was reopened
    // Realized: Alfa 25 + Polar 40 + Sild 5 = 70. Target: three JOBS targets cover all 366 days of 2016; the shortest
    // wins (2015-12-01 – 2016-12-31, 397 days; not the later-starting 2016–2019). Pipeline (now, open, not archived): Cirkel 10×25% + Delta 30×25%
    // + Gran 5×5% + Lys 60×75% + Nord 3×10% + Ras 7×10% = 2.5 + 7.5 + 0.25 + 45 + 0.3 + 0.7 = 56.25 (Iris is archived).
    expect(s.jobs).toEqual({ realized: 70, weightedPipeline: 56.25, target: { value: 40, periodStart: '2015-12-01', periodEnd: '2016-12-31' } });
    expect(s.residents).toEqual({ realized: 72, target: { value: 200 } }); // 40 + 30 + 2
    expect(s.activeCompanies).toBe(6); // Cirkel, Delta, Gran, Lys, Nord, Ras
  });

  it('burn-up per month', () => {
    expect(s.jobsOverTime).toEqual(burnUp(monthsFrom('2016-01', 12), { '2016-02': 5, '2016-05': 25, '2016-08': 40 }));
  });

  it('time in stage: entries starting in 2016, until the next entry or now, median per stage', () => {
    expectTimes(s.timeInStage, {
      IDENTIFIED: [7, 31], // Cirkel 31, Delta 29, Eik 31, Gran (now), Hav 31, Iris 31, Qvist 31 → 29 31 31 [31] 31 31 now
      CONTACTED: [6, (60 + 92) / 2], // Cirkel 60, Delta 92, Eik 30, Fjell 183, Hav 31, Urd 123 → 30 31 [60 92] 123 183
      DIALOGUE: [4, (90 + 92) / 2], // Cirkel (now), Eik 92, Iris 75, Polar 90 → 75 [90 92] now
      CONSIDERING: [4, 92], // Alfa 50, Delta 92, Eik 92, Polar 92
      DECISION: [3, 91], // Alfa 61, Delta 91, Fjell 92
      // Alfa, Polar, Sild until now; Delta 90 (reopened) → 90 [Polar Alfa] Sild
      WON: [4, (daysSince('2016-08-15') + daysSince('2016-05-01')) / 2],
      // Hav 153 and Urd 214 (reopened); Beta, Eik, Oase, Qvist until now → 153 214 [Eik Qvist] Beta Oase
      LOST: [6, (daysSince('2016-11-10') + daysSince('2016-06-05')) / 2],
    });
  });

  it('median days from creation to closing of the companies won', () => {
    expect(s.medianDaysToDecision).toBe(310); // Alfa 274, Polar 310, Sild 436 (mean would be 340)
  });

  it('meetings per month and quarter in Oslo time, by kind', () => {
    // The phone call at 2016-03-31 22:30 UTC is April in Oslo; the one at 2016-12-31 23:30 UTC is 2017.
    expect(s.meetingsByMonth).toEqual([
      { month: '2016-01', kind: 'DIALOGUE_MEETING', count: 2 },
      { month: '2016-01', kind: 'OTHER', count: 1 }, // on the first day
      { month: '2016-02', kind: 'SITE_VISIT', count: 1 },
      { month: '2016-03', kind: 'NETWORK_MEETING', count: 1 },
      { month: '2016-04', kind: 'PHONE_CALL', count: 1 },
      { month: '2016-05', kind: 'SITE_VISIT', count: 1 },
      { month: '2016-06', kind: 'POLITICAL_MEETING', count: 1 },
      { month: '2016-06', kind: 'SITE_VISIT', count: 1 },
      { month: '2016-09', kind: 'DIALOGUE_MEETING', count: 1 },
      { month: '2016-11', kind: 'NETWORK_MEETING', count: 1 },
      { month: '2016-12', kind: 'PHONE_CALL', count: 1 }, // on the last day
    ]);
    expect(s.meetingsByQuarter).toEqual([
      { quarter: '2016-Q1', kind: 'DIALOGUE_MEETING', count: 2 },
      { quarter: '2016-Q1', kind: 'NETWORK_MEETING', count: 1 },
      { quarter: '2016-Q1', kind: 'OTHER', count: 1 },
      { quarter: '2016-Q1', kind: 'SITE_VISIT', count: 1 },
      { quarter: '2016-Q2', kind: 'PHONE_CALL', count: 1 },
      { quarter: '2016-Q2', kind: 'POLITICAL_MEETING', count: 1 },
      { quarter: '2016-Q2', kind: 'SITE_VISIT', count: 2 },
      { quarter: '2016-Q3', kind: 'DIALOGUE_MEETING', count: 1 },
      { quarter: '2016-Q4', kind: 'NETWORK_MEETING', count: 1 },
      { quarter: '2016-Q4', kind: 'PHONE_CALL', count: 1 },
    ]);
  });

  it('splits by focus area: a company counts in each of its areas', () => {
    const by = group(s.byFocusArea, (g) => g.focusArea.key);
    expect(s.byFocusArea.map((g: any) => g.focusArea.key)).toEqual(['BIOECONOMY', 'BIOECONOMY_PHARMA', 'DEFENCE_LOGISTICS', 'PUBLIC_HEALTH']);
    // [won, lost, winRate, realized jobs, established]
    expect(outcome(by.BIOECONOMY)).toEqual([1, 1, 1 / 2, 25, 1]); // Alfa won; Qvist lost
    expect(outcome(by.BIOECONOMY_PHARMA)).toEqual([1, 2, 1 / 3, 25, 1]); // Alfa won (also BIO); Eik, Oase lost
    expect(outcome(by.DEFENCE_LOGISTICS)).toEqual([2, 1, 2 / 3, 45, 2]); // Polar 40, Sild 5; Beta
    expect(outcome(by.PUBLIC_HEALTH)).toEqual([0, 0, null, 0, 0]); // nothing closed: no win rate
    // BIO cohort: Cirkel D, Delta B+W, Hav D+W, Qvist I.
    expect(steps(by.BIOECONOMY.funnel)).toEqual(funnelOf([4, 3, 3, 2, 2], 2));
    // PHARMA cohort: Eik V, Iris V: nobody reached DECISION, so its conversion is over an empty set.
    expect(steps(by.BIOECONOMY_PHARMA.funnel)).toEqual([
      ['IDENTIFIED', 2, 1], ['CONTACTED', 2, 1], ['DIALOGUE', 2, 1], ['CONSIDERING', 2, 0], ['DECISION', 0, null],
    ]);
    expect(steps(by.PUBLIC_HEALTH.funnel)).toEqual(funnelOf([3, 2, 2, 1, 0], 0)); // Cirkel D, Gran I, Iris V
  });

  it('splits by target group and target municipality (old numbers under the current one)', () => {
    expect(s.byTargetGroup.map((g: any) => [g.targetGroup, ...outcome(g)])).toEqual([
      ['EXPANDING_COMPANY', 1, 2, 1 / 3, 25, 1], // Alfa; Eik, Oase
      ['COST_SEEKING_SME', 2, 0, 1, 45, 2], // Polar, Sild
      ['PUBLIC_RELOCATION', 0, 1, 0, 0, 0], // Beta: a share over one company is 0, not null
      ['LOCAL_GROWTH', 0, 0, null, 0, 0],
      [null, 0, 1, 0, 0, 0], // Qvist has no target group
    ]);
    expect(s.byMunicipality.map((g: any) => [g.municipality?.number ?? null, ...outcome(g)])).toEqual([
      ['3419', 1, 1, 1 / 2, 5, 1], // Sild; Oase
      ['3420', 2, 0, 1, 65, 2], // Alfa 25, Polar 40
      ['3422', 0, 2, 0, 0, 0], // Beta, Eik (Jord's 0429 is Åmot too)
      [null, 0, 1, 0, 0, 0], // Qvist
    ]);
  });
});

describe('statistics for 2016, defence logistics', () => {
  let s: any;
  beforeAll(async () => {
    s = await statistics(P1, { focusAreaIds: [areas.DEFENCE_LOGISTICS] });
  });

  it('counts only the matching companies, archived or not', () => {
    // DEF: Beta, Delta, Fjell, Jord, Lys, Nord, Polar, Sild. Cohort 2016: Delta B+W, Fjell B+W.
    expect(steps(s.funnel)).toEqual(funnelOf([2, 2, 2, 2, 2], 2));
    expect([s.won, s.lost, s.winRate]).toEqual([2, 1, 2 / 3]); // Polar, Sild; Beta
    expect(s.establishmentsByYear).toEqual([{ year: 2016, count: 2 }]);
    // Pipeline: Delta 30×25% + Lys 60×75% + Nord 3×10% = 7.5 + 45 + 0.3
    expect(s.jobs).toMatchObject({ realized: 45, weightedPipeline: 52.8 });
    expect(s.residents.realized).toBe(32); // 30 + 2
    expect(s.activeCompanies).toBe(3);
    expect(s.jobsOverTime).toEqual(burnUp(monthsFrom('2016-01', 12), { '2016-02': 5, '2016-08': 40 }));
    expect(s.medianDaysToDecision).toBe((310 + 436) / 2); // Polar, Sild: the mean of the two middle values
  });

  it('time in stage of the matching companies', () => {
    expectTimes(s.timeInStage, {
      IDENTIFIED: [1, 29], // Delta
      CONTACTED: [2, (92 + 183) / 2], // Delta, Fjell
      DIALOGUE: [1, 90], // Polar
      CONSIDERING: [2, 92], // Delta, Polar
      DECISION: [2, (91 + 92) / 2], // Delta, Fjell
      WON: [3, daysSince('2016-08-15')], // Delta 90, Polar, Sild until now
      LOST: [1, daysSince('2016-02-01')], // Beta
    });
  });

  it('meetings that concern a matching company, once each; none without a company', () => {
    // Not: the political and network meetings with no company. The Delta + Polar meeting counts once.
    expect(s.meetingsByMonth).toEqual([
      { month: '2016-02', kind: 'SITE_VISIT', count: 1 }, // Delta
      { month: '2016-03', kind: 'NETWORK_MEETING', count: 1 }, // Alfa, Beta, Cirkel
      { month: '2016-04', kind: 'PHONE_CALL', count: 1 }, // Fjell
      { month: '2016-09', kind: 'DIALOGUE_MEETING', count: 1 }, // Delta, Polar
    ]);
    expect(s.meetingsByQuarter).toEqual([
      { quarter: '2016-Q1', kind: 'NETWORK_MEETING', count: 1 },
      { quarter: '2016-Q1', kind: 'SITE_VISIT', count: 1 },
      { quarter: '2016-Q2', kind: 'PHONE_CALL', count: 1 },
      { quarter: '2016-Q3', kind: 'DIALOGUE_MEETING', count: 1 },
    ]);
  });

  it('splits the matching companies by all their focus areas', () => {
    expect(s.byFocusArea.map((g: any) => [g.focusArea.key, ...outcome(g)])).toEqual([
      ['BIOECONOMY', 0, 0, null, 0, 0], // Delta (reopened), Jord (2018)
      ['DEFENCE_LOGISTICS', 2, 1, 2 / 3, 45, 2],
      ['PUBLIC_HEALTH', 0, 0, null, 0, 0], // Nord
    ]);
    const by = group(s.byFocusArea, (g) => g.focusArea.key);
    expect(steps(by.BIOECONOMY.funnel)).toEqual(funnelOf([1, 1, 1, 1, 1], 1)); // Delta
    expect(steps(by.PUBLIC_HEALTH.funnel)).toEqual(funnelOf([0, 0, 0, 0, 0], 0)); // no cohort: every conversion null
  });
});

describe('statistics for the programme period 2015-07-01 – 2018-06-30, no filter', () => {
  let s: any;
  beforeAll(async () => {
    s = await statistics(P2);
  });

  it('funnel, win rate and establishments per calendar year', () => {
    // Cohort: all but Sild (2014) = 20. I 20 · C: not Gran, Qvist = 18 · D: not Nord, Ras, Urd either = 15 (Jord: C but
    // won) · V: Alfa Delta Eik Fjell Iris Kilde Lys + won Hav Jord Mose Polar Tind = 12 · B: not Eik, Iris = 10 · WON: 8.
    expect(steps(s.funnel)).toEqual(funnelOf([20, 18, 15, 12, 10], 8));
    // WON: Alfa Fjell Hav Jord Mose Polar Sild Tind. LOST: Beta Eik Kilde Oase Qvist Urd.
    expect([s.won, s.lost, s.winRate]).toEqual([8, 6, 8 / 14]);
    expect(s.establishmentsByYear).toEqual([
      { year: 2015, count: 0 },
      { year: 2016, count: 3 }, // Alfa, Polar, Sild
      { year: 2017, count: 3 }, // Fjell, Hav, Tind
      { year: 2018, count: 2 }, // Jord (2018-01-01 00:30 in Oslo), Mose
    ]);
  });

  it('jobs, residents and the burn-up against the programme targets', () => {
    // 25 + 80 + 6 + 10 + 30 + 40 + 5 + 3 = 199; the programme target overlaps 1096 days, 2016–2019 912, the other 397.
    expect(s.jobs).toEqual({ realized: 199, weightedPipeline: 56.25, target: { value: 100, periodStart: '2015-07-01', periodEnd: '2018-06-30' } });
    expect(s.residents).toEqual({ realized: 206, target: { value: 200 } }); // 40 + 60 + 10 + 15 + 45 + 30 + 2 + 4
    expect(s.jobsOverTime).toEqual(
      burnUp(monthsFrom('2015-07', 36), {
        '2016-02': 5, '2016-05': 25, '2016-08': 40, '2017-01': 80, '2017-03': 3, '2017-09': 6, '2018-01': 10, '2018-02': 30,
      }),
    );
    expect(s.activeCompanies).toBe(6);
  });

  it('median time to decision over an even number of companies', () => {
    // Tind 61, Mose 245, Alfa 274, Fjell 275, Polar 310, Jord 365, Hav 427, Sild 436 → (275 + 310) / 2
    expect(s.medianDaysToDecision).toBe(292.5);
  });

  it('time in stage', () => {
    const jord = 45 + 12.5 / 24; // 2016-12-31 23:30 → 2017-02-15 12:00 UTC
    expect(jord).toBeLessThan(46);
    expectTimes(s.timeInStage, {
      // 29 30 31×9 45.5 47 52 59 59 61 61 121 now: the 10th and 11th of 20
      IDENTIFIED: [20, 31],
      // 28 30 30 31 60 61 61 [76] 92 122 123 183 319.5 now now
      CONTACTED: [15, 76],
      // 36 61 75 90 92 [92 92] 92 101 184 now now
      DIALOGUE: [12, 92],
      CONSIDERING: [7, 92], // 50 61 92 [92] 92 106 now
      DECISION: [5, 92], // 61 91 [92] 92 now
      // Delta 90, then until now: Mose, Jord, Hav, [Tind], Fjell, Polar, Alfa, Sild
      WON: [9, daysSince('2017-03-05')],
      // Hav 153, Urd 214, then until now: Kilde, [Urd, Eik], Qvist, Beta, Oase
      LOST: [8, (daysSince('2017-02-01') + daysSince('2016-11-10')) / 2],
    });
  });

  it('meetings per quarter', () => {
    // Not the meeting of 2015-06-20, nor those of 2018-09-01 and 2029.
    expect(s.meetingsByQuarter).toEqual([
      { quarter: '2016-Q1', kind: 'DIALOGUE_MEETING', count: 2 },
      { quarter: '2016-Q1', kind: 'NETWORK_MEETING', count: 1 },
      { quarter: '2016-Q1', kind: 'OTHER', count: 1 },
      { quarter: '2016-Q1', kind: 'SITE_VISIT', count: 1 },
      { quarter: '2016-Q2', kind: 'PHONE_CALL', count: 1 },
      { quarter: '2016-Q2', kind: 'POLITICAL_MEETING', count: 1 },
      { quarter: '2016-Q2', kind: 'SITE_VISIT', count: 2 },
      { quarter: '2016-Q3', kind: 'DIALOGUE_MEETING', count: 1 },
      { quarter: '2016-Q4', kind: 'NETWORK_MEETING', count: 1 },
      { quarter: '2016-Q4', kind: 'PHONE_CALL', count: 1 },
      { quarter: '2017-Q1', kind: 'DIALOGUE_MEETING', count: 2 },
      { quarter: '2017-Q2', kind: 'NETWORK_MEETING', count: 1 },
    ]);
    expect(s.meetingsByMonth).toHaveLength(14);
  });

  it('splits', () => {
    const by = group(s.byFocusArea, (g) => g.focusArea.key);
    expect(outcome(by.BIOECONOMY)).toEqual([5, 1, 5 / 6, 74, 5]); // Alfa Hav Jord Mose Tind: 25+6+10+30+3; Qvist
    expect(outcome(by.BIOECONOMY_PHARMA)).toEqual([2, 2, 2 / 4, 55, 2]); // Alfa, Mose; Eik, Oase
    expect(outcome(by.DEFENCE_LOGISTICS)).toEqual([4, 1, 4 / 5, 135, 4]); // Fjell Jord Polar Sild: 80+10+40+5; Beta
    expect(outcome(by.PUBLIC_HEALTH)).toEqual([0, 2, 0, 0, 0]); // Kilde, Urd
    // BIO cohort: Alfa B+W, Cirkel D, Delta B+W, Hav D+W, Jord C+W, Mose D+W, Qvist I, Tind I+W
    expect(steps(by.BIOECONOMY.funnel)).toEqual(funnelOf([8, 7, 7, 6, 6], 6));
    // PHARMA: Alfa B+W, Eik V, Iris V, Mose D+W, Oase D
    expect(steps(by.BIOECONOMY_PHARMA.funnel)).toEqual(funnelOf([5, 5, 5, 4, 2], 2));
    // DEF (not Sild): Beta D, Delta B+W, Fjell B+W, Jord C+W, Lys B, Nord C, Polar V+W
    expect(steps(by.DEFENCE_LOGISTICS.funnel)).toEqual(funnelOf([7, 7, 6, 5, 5], 4));
    // HEL: Cirkel D, Gran I, Iris V, Kilde B, Nord C, Ras C, Urd C (then LOST: reaches nothing more)
    expect(steps(by.PUBLIC_HEALTH.funnel)).toEqual(funnelOf([7, 6, 3, 2, 1], 0));

    expect(s.byTargetGroup.map((g: any) => [g.targetGroup, ...outcome(g)])).toEqual([
      ['EXPANDING_COMPANY', 1, 2, 1 / 3, 25, 1], // Alfa; Eik, Oase
      ['COST_SEEKING_SME', 5, 0, 1, 84, 5], // Hav Mose Polar Sild Tind: 6+30+40+5+3
      ['PUBLIC_RELOCATION', 1, 2, 1 / 3, 80, 1], // Fjell; Beta, Kilde
      ['LOCAL_GROWTH', 1, 1, 1 / 2, 10, 1], // Jord; Urd
      [null, 0, 1, 0, 0, 0], // Qvist (Ras is open)
    ]);
    expect(s.byMunicipality.map((g: any) => [g.municipality?.number ?? null, ...outcome(g)])).toEqual([
      ['3419', 3, 3, 3 / 6, 14, 3], // Hav Sild Tind: 6+5+3; Kilde, Oase, Urd
      ['3420', 3, 0, 1, 95, 3], // Alfa Mose Polar: 25+30+40
      ['3422', 2, 2, 2 / 4, 90, 2], // Fjell 80 + Jord 10 (recorded as 0429); Beta, Eik
      [null, 0, 1, 0, 0, 0], // Qvist
    ]);
    // 3422 cohort: Beta D, Eik V, Fjell B+W, Jord C+W, Lys B, Ras C
    expect(steps(group(s.byMunicipality, (g) => g.municipality?.number)['3422'].funnel)).toEqual(funnelOf([6, 6, 5, 4, 3], 2));
  });
});

describe('statistics for the programme period, bioeconomy', () => {
  it('gives the figures of the bioeconomy companies', async () => {
    const s = await statistics(P2, { focusAreaIds: [areas.BIOECONOMY] });
    expect(steps(s.funnel)).toEqual(funnelOf([8, 7, 7, 6, 6], 6));
    expect([s.won, s.lost, s.winRate]).toEqual([5, 1, 5 / 6]);
    expect(s.establishmentsByYear.map((y: any) => y.count)).toEqual([0, 1, 2, 2]); // 2016 Alfa; 2017 Hav, Tind; 2018 Jord, Mose
    expect(s.jobs).toMatchObject({ realized: 74, weightedPipeline: 10 }); // Cirkel 2.5 + Delta 7.5
    expect(s.residents.realized).toBe(114); // 40 + 10 + 15 + 45 + 4
    expect(s.activeCompanies).toBe(2);
    expect(s.medianDaysToDecision).toBe(274); // Tind 61, Mose 245, [Alfa 274], Jord 365, Hav 427
    expect(s.meetingsByQuarter).toEqual([
      { quarter: '2016-Q1', kind: 'DIALOGUE_MEETING', count: 2 }, // Alfa, Cirkel
      { quarter: '2016-Q1', kind: 'NETWORK_MEETING', count: 1 }, // Alfa and Cirkel: one meeting
      { quarter: '2016-Q1', kind: 'SITE_VISIT', count: 1 }, // Delta
      { quarter: '2016-Q3', kind: 'DIALOGUE_MEETING', count: 1 }, // Delta
      { quarter: '2017-Q1', kind: 'DIALOGUE_MEETING', count: 1 }, // Jord
      { quarter: '2017-Q2', kind: 'NETWORK_MEETING', count: 1 }, // Mose
    ]);
    expect(s.byFocusArea.map((g: any) => [g.focusArea.key, ...outcome(g)])).toEqual([
      ['BIOECONOMY', 5, 1, 5 / 6, 74, 5],
      ['BIOECONOMY_PHARMA', 2, 0, 1, 55, 2], // Alfa, Mose
      ['DEFENCE_LOGISTICS', 1, 0, 1, 10, 1], // Jord (Delta reopened)
      ['PUBLIC_HEALTH', 0, 0, null, 0, 0], // Cirkel
    ]);
  });
});

describe('statistics for 2017-03-15 – 2017-09-10', () => {
  it('counts establishments per whole calendar year, jobs within the period', async () => {
    const s = await statistics(P3);
    expect([s.won, s.lost, s.winRate]).toEqual([1, 0, 1]); // Hav on 09-01 (Tind on 03-05 is before)
    expect(s.establishmentsByYear).toEqual([{ year: 2017, count: 3 }]); // Fjell, Tind, Hav: all of 2017
    // Programme and 2016–2019 targets both cover all 179 days: the shorter (programme) one.
    expect(s.jobs).toMatchObject({ realized: 6, target: { value: 100 } });
    expect(s.jobsOverTime).toEqual(burnUp(monthsFrom('2017-03', 7), { '2017-09': 6 })); // Tind's 3 jobs are before 03-15
    expect(steps(s.funnel)).toEqual(funnelOf([2, 2, 2, 2, 2], 1)); // Lys B, Mose D+W
    expect(s.medianDaysToDecision).toBe(427); // Hav
  });
});

describe('the filter in the statistics', () => {
  it('counts archived companies unless the filter asks for active ones', async () => {
    const all = await statistics(P1, { archived: 'ALL' });
    const byDefault = await statistics(P1);
    expect([byDefault.won, byDefault.lost]).toEqual([all.won, all.lost]);
    const active = await statistics(P1, { archived: 'ACTIVE' });
    expect([active.won, active.lost, active.winRate]).toEqual([3, 3, 3 / 6]); // without Eik
    expect(active.funnel[0].reached).toBe(6); // without Eik, Iris
    const archived = await statistics(P1, { archived: 'ARCHIVED' });
    expect([archived.won, archived.lost, archived.activeCompanies, archived.jobs.weightedPipeline]).toEqual([0, 1, 0, 0]); // Eik
    // A filter that narrows: the meetings with no company no longer count.
    expect(archived.meetingsByMonth).toEqual([{ month: '2016-05', kind: 'SITE_VISIT', count: 1 }]); // Eik
  });

  it('gives zeros and nulls when nothing matches', async () => {
    const s = await statistics(P1, { text: 'finnes ikke' });
    expect(steps(s.funnel)).toEqual(funnelOf([0, 0, 0, 0, 0], 0));
    expect([s.won, s.lost, s.winRate, s.medianDaysToDecision, s.activeCompanies]).toEqual([0, 0, null, null, 0]);
    expect([s.byFocusArea, s.byTargetGroup, s.byMunicipality, s.meetingsByMonth]).toEqual([[], [], [], []]);
    expect(s.timeInStage.every((t: any) => t.count === 0 && t.medianDays === null)).toBe(true);
  });

  it('refuses a bad period with a message in Norwegian', async () => {
    const bad = async (period: object) => (await client.execute(STATISTICS, { period })).errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await bad({ from: '2016-02-30', to: '2016-03-01' })).toEqual([['BAD_USER_INPUT', 'period.from: Datoen finnes ikke i kalenderen.']]);
    expect(await bad({ from: '01.01.2016', to: '2016-03-01' })).toEqual([['BAD_USER_INPUT', 'period.from: Datoen må skrives som åååå-mm-dd.']]);
    expect(await bad({ from: '2016-03-01', to: '2016-02-29' })).toEqual([['BAD_USER_INPUT', 'period.to: Perioden kan ikke slutte før den begynner.']]);
    expect(await bad({ from: '0000-01-01', to: '2016-02-29' })).toEqual([['BAD_USER_INPUT', 'period.from: Datoen må være mellom år 1900 og 2999.']]);
  });

  it('sends a constant number of statements, the medians only when asked for', async () => {
    for (const filter of [null, { focusAreaIds: [areas.DEFENCE_LOGISTICS] }]) {
      // Stages, focus areas, the figures, the targets; and the medians.
      expect((await counter.count(() => statistics(P2, filter))).statements).toHaveLength(5);
      const withoutMedians = STATISTICS.replace('timeInStage { stage { key } medianDays count }', '').replace('medianDaysToDecision', '');
      const { statements } = await counter.count(() => client.data(withoutMedians, { period: P2, filter }));
      expect(statements).toHaveLength(4);
    }
  });
});

describe('target progress', () => {
  const PROGRESS = `query($filter: ProspectFilter) {
    targetProgress(filter: $filter) { target { metric meetingKind periodStart value perYear } realized value years share weightedPipeline forecast }
  }`;
  const progress = async (filter: Record<string, unknown> | null = null) =>
    group((await client.data(PROGRESS, { filter })).targetProgress, (p) => `${p.target.metric}:${p.target.meetingKind ?? p.target.periodStart}`);

  it('gives realized, goal, share and forecast of every target in force', async () => {
    const p = await progress();
    expect(Object.keys(p).sort()).toEqual([
      'ESTABLISHMENTS:2015-07-01', 'JOBS:2015-07-01', 'JOBS:2015-12-01', 'JOBS:2016-01-01', 'MEETINGS:NETWORK_MEETING',
      'MEETINGS:PHONE_CALL', 'RESIDENTS:2015-07-01',
    ]); // not the retired one
    const figures = (x: any) => [x.realized, x.value, x.years, x.share, x.weightedPipeline, x.forecast];
    // 3 a year × 3.00 years (1096 days / 365.25); Alfa Fjell Hav Jord Mose Polar Sild Tind
    expect(figures(p['ESTABLISHMENTS:2015-07-01'])).toEqual([8, 9, 3, 8 / 9, null, null]);
    expect(figures(p['JOBS:2015-07-01'])).toEqual([199, 100, 3, 1.99, 56.25, 199 + 56.25]);
    expect(figures(p['JOBS:2015-12-01'])).toEqual([70, 40, 1.09, 70 / 40, 56.25, 70 + 56.25]); // 397 / 365.25 → 1.09 years
    expect(figures(p['JOBS:2016-01-01'])).toEqual([199, 150, 4, 199 / 150, 56.25, 199 + 56.25]); // 2016–2019: every won company but none of 2015
    expect(figures(p['RESIDENTS:2015-07-01'])).toEqual([206, 200, 3, 206 / 200, null, null]);
    // 4 a year × 2.00 years (731 days); 2016-03-15, 2016-11-15, 2017-05-05
    expect(figures(p['MEETINGS:NETWORK_MEETING'])).toEqual([3, 8, 2, 3 / 8, null, null]);
    // 2016-01-01 – 2030-12-31: 5479 days → 15 years; calls 2016-04-01 and 2016-12-31; the planned call of 2029 is not realized yet
    expect(figures(p['MEETINGS:PHONE_CALL'])).toEqual([2, 2, 15, 2 / 2, null, null]);
  });

  it('applies the filter', async () => {
    const p = await progress({ focusAreaIds: [areas.DEFENCE_LOGISTICS] });
    expect(p['JOBS:2015-07-01'].realized).toBe(135); // Fjell 80 + Jord 10 + Polar 40 + Sild 5
    expect(p['JOBS:2015-07-01'].forecast).toBeCloseTo(135 + 52.8, 10);
    expect(p['ESTABLISHMENTS:2015-07-01'].realized).toBe(4);
    expect(p['RESIDENTS:2015-07-01'].realized).toBe(107); // 60 + 15 + 30 + 2
    expect(p['MEETINGS:NETWORK_MEETING'].realized).toBe(2); // Beta's and Lys's; not the one with no company
  });
});
