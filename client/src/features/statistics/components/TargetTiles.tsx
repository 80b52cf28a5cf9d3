import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { TargetTiles_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { establishmentsBand } from '../figures';
import { Share } from './Share';

graphql(`
  fragment TargetTiles_statistics on Statistics {
    jobs {
      realized
      weightedPipeline
      target {
        id
        value
      }
    }
    residents {
      realized
      target {
        id
        value
      }
    }
    establishmentsByYear {
      year
      count
    }
    won
    lost
    winRate
    activeCompanies
  }
`);

function Tile({ figure, label, value, children }: { figure: string; label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <article className="stat-tile" data-figure={figure}>
      <h3>{label}</h3>
      <p className="stat-value" data-value>
        {value}
      </p>
      {children}
    </article>
  );
}

/** The headline figures against the programme's targets: jobs, establishments this year, residents, win rate, active companies. */
export function TargetTiles({
  statistics,
  year,
  establishmentsTarget,
}: {
  statistics: TargetTiles_StatisticsFragment;
  /** The year of the establishments tile. */
  year: number;
  establishmentsTarget: { value: number } | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const { jobs, residents } = statistics;
  const established = statistics.establishmentsByYear.find((y) => y.year === year)?.count ?? 0;
  const band = establishmentsBand(establishmentsTarget);

  const againstTarget = (realized: number, target: { value: number } | null | undefined) =>
    target ? (
      <p className="stat-detail">
        {t('stats.tiles.ofTarget', { target: number(target.value) })} · <Share value={target.value > 0 ? realized / target.value : null} />{' '}
        {t('stats.tiles.ofTheTarget')}
      </p>
    ) : (
      <p className="stat-detail">{t('stats.noTarget')}</p>
    );

  return (
    <section className="stat-tiles" aria-labelledby={`${id}-title`}>
      {/* The tiles' h3s need an h2 above them (the page's sections are h2s); it reads like the section's name. */}
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('stats.tiles.title')}
      </h2>
      <Tile figure="jobs" label={t('stats.tiles.jobs')} value={number(jobs.realized)}>
        {againstTarget(jobs.realized, jobs.target)}
        <p className="stat-detail" data-figure="jobs-forecast">
          {t('stats.tiles.jobsForecast', {
            forecast: number(jobs.realized + jobs.weightedPipeline),
            weighted: number(jobs.weightedPipeline),
          })}
        </p>
      </Tile>
      <Tile figure="establishments" label={t('stats.tiles.establishments', { year })} value={number(established)}>
        <p className="stat-detail">
          {band ? t('stats.tiles.establishmentsTarget', { low: number(band.low), high: number(band.high) }) : t('stats.noTarget')}
        </p>
      </Tile>
      <Tile figure="residents" label={t('stats.tiles.residents')} value={number(residents.realized)}>
        {againstTarget(residents.realized, residents.target)}
      </Tile>
      <Tile figure="win-rate" label={t('stats.tiles.winRate')} value={<Share value={statistics.winRate} />}>
        <p className="stat-detail">{t('stats.tiles.winRateDetail', { won: number(statistics.won), lost: number(statistics.lost) })}</p>
      </Tile>
      <Tile figure="active-companies" label={t('stats.tiles.activeCompanies')} value={number(statistics.activeCompanies)}>
        <p className="stat-detail">{t('stats.tiles.activeCompaniesDetail')}</p>
      </Tile>
    </section>
  );
}
