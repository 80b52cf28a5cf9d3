import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../gql/gql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Chip } from '../../../shared/ui/Chip';
import { NoValue } from '../../../shared/ui/NoValue';
import { LastActivity } from './LastActivity';

export const PipelineCardFragment = graphql(`
  fragment PipelineCard_prospect on Prospect {
    id
    name
    stale
    lastActivityAt
    estimatedJobs
    focusAreas {
      id
      nameNb
      nameEn
      color
    }
    owner {
      id
      name
    }
  }
`);

/**
 * A company on the board: name (to its page), focus areas, owner, estimated jobs, last
 * activity, and a mark when it has stood still longer than its stage allows. `handle` is the
 * drag handle, for those who may move cards.
 */
export function PipelineCard({
  prospect,
  staleAfterDays,
  handle,
}: {
  prospect: FragmentType<typeof PipelineCardFragment>;
  staleAfterDays?: number | null;
  handle?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: PipelineCardFragment, from: prospect });
  if (!complete) return null;

  return (
    <article className={data.stale ? 'pipeline-card is-stale' : 'pipeline-card'} aria-label={data.name}>
      <div className="card-head">
        <h3 className="card-name">
          <Link to={`/companies/${data.id}`}>{data.name}</Link>
        </h3>
        {handle}
      </div>
      {data.stale && (
        <p className="stale-mark">
          {/* A clock, drawn rather than a glyph: not every font has a symbol for "standing still". */}
          <svg aria-hidden="true" className="stale-icon" viewBox="0 0 16 16" width="14" height="14">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M8 4.2V8l2.6 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>{' '}
          {t('board.stale')}
          <span className="visually-hidden">
            {staleAfterDays ? `: ${t('board.staleDetail', { count: staleAfterDays })}` : ''}
          </span>
        </p>
      )}
      {data.focusAreas.length > 0 && (
        <ul className="inline-list card-chips" aria-label={t('board.focusAreas')}>
          {data.focusAreas.map((area) => (
            <li key={area.id}>
              <Chip label={localizedName(area, language)} color={area.color} />
            </li>
          ))}
        </ul>
      )}
      <dl className="card-facts">
        <div>
          <dt>{t('board.owner')}</dt>
          <dd>{data.owner?.name ?? t('board.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('board.estimatedJobs')}</dt>
          <dd>{data.estimatedJobs != null ? formatNumber(data.estimatedJobs, language) : <NoValue />}</dd>
        </div>
        <div>
          <dt>{t('board.lastActivity')}</dt>
          <dd>
            <LastActivity at={data.lastActivityAt} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
