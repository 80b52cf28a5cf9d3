import { describe, expect, it } from 'vitest';
import { i18n } from '../../shared/i18n/i18n';
import '../../shared/i18n/statisticsTexts';
import type { StatisticsData } from './hooks/useStatistics';
import { breakdownAnswer, durationsAnswer, figuresAnswer } from './statisticsFixtures';
import { csvNumber, statisticsCsvRows, toCsv } from './statisticsCsv';

describe('CSV for Norwegian Excel', () => {
  it('starts with a byte-order mark, separates cells with ; and rows with CRLF', () => {
    const csv = toCsv([
      ['Tall', 'Verdi'],
      ['Vinnerandel (%)', 20.5],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFTall;Verdi\r\nVinnerandel (%);20,5\r\n');
  });

  it('writes numbers with a decimal comma and no thousands separator, and null as an empty cell', () => {
    expect(csvNumber(10000)).toBe('10000');
    expect(csvNumber(20.5)).toBe('20,5');
    expect(csvNumber(1 / 3)).toBe('0,3333');
    expect(toCsv([['a', null, 'b']])).toBe('\uFEFFa;;b\r\n');
  });

  it('quotes texts with ; or quotes in them', () => {
    expect(toCsv([['Skog; tre', 'Sa "ja"']])).toBe('\uFEFF"Skog; tre";"Sa ""ja"""\r\n');
  });

  it('has every figure of the page, shares in percent', () => {
    const answer = figuresAnswer();
    const data = {
      statistics: { ...answer.statistics, ...breakdownAnswer().statistics, ...durationsAnswer().statistics },
      targets: answer.targets,
    } as unknown as StatisticsData;
    const csv = toCsv(statisticsCsvRows(data, { from: '2016-01-01', to: '2016-12-31' }, i18n.t, 'nb'));
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('Realiserte arbeidsplasser;1234');
    expect(lines).toContain('Vektet pipeline (nå);20,5');
    expect(lines).toContain('Vinnerandel (%);75');
    expect(lines).toContain('Trakt: videre fra Beslutning (%);');
    expect(lines).toContain('Bioøkonomi: vinnerandel (%);100');
    expect(lines).toContain('Folkehelse: vinnerandel (%);');
    expect(lines).toContain('Median dager i Identifisert;12,46');
    expect(lines).toContain('Etableringer 2017;3');
    expect(lines).toContain('Møter 2016-Q1 Dialogmøte;3');
  });
});
