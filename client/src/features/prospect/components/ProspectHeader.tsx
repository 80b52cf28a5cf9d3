import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { formatDate } from '../../../shared/format/formatDate';
import { formatNumber } from '../../../shared/format/formatNumber';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Badge } from '../../../shared/ui/Badge';
import { Chip } from '../../../shared/ui/Chip';
import { NoValue } from '../../../shared/ui/NoValue';
import { PageHeader } from '../../../shared/ui/PageHeader';
import '../prospect.css';

export const ProspectHeaderFragment = graphql(`
  fragment ProspectHeader_prospect on Prospect {
    id
    name
    orgNumber
    legalForm
    archived
    stale
    stage {
      id
      nameNb
      nameEn
      category
    }
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
    estimatedJobs
    realizedJobs
    newResidents
    lostReason
    industryCode
    industryText
    employees
    website
    address
    postalCode
    postalPlace
    municipality {
      number
      name
    }
    targetGroup
    targetMunicipality {
      number
      name
    }
    source
    expectedDecisionDate
    createdAt
  }
`);

/** A link only for addresses that are plainly web addresses; the register writes them without a scheme. */
function websiteHref(website: string): string | null {
  const href = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The company at a glance: name, organisation number, focus areas, owner, jobs and marks for
 * stale and archived; below, the facts from the register and Magnet's own.
 */
export function ProspectHeader({
  prospect,
  actions,
  showFacts = true,
}: {
  prospect: FragmentType<typeof ProspectHeaderFragment>;
  actions?: ReactNode;
  /** Off while the details are being edited: the form shows them then. */
  showFacts?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: ProspectHeaderFragment, from: prospect });
  if (!complete) return null;

  const count = (value: number | null | undefined) => (value == null ? <NoValue /> : formatNumber(value, language));
  const text = (value: string | null | undefined) => value || <NoValue />;
  const municipality = (m: { number: string; name?: string | null } | null | undefined) =>
    m ? (m.name ? `${m.name} (${m.number})` : m.number) : <NoValue />;
  const href = data.website ? websiteHref(data.website) : null;
  const facts: [string, ReactNode][] = [
    [t('prospect.fields.legalForm'), text(data.legalForm)],
    [
      t('prospect.fields.industry'),
      data.industryCode ? `${data.industryCode}${data.industryText ? ` ${data.industryText}` : ''}` : <NoValue />,
    ],
    [t('prospect.fields.employees'), data.employees == null ? t('prospect.unknown') : formatNumber(data.employees, language)],
    [
      t('prospect.fields.address'),
      data.address || data.postalCode || data.postalPlace ? (
        [data.address, [data.postalCode, data.postalPlace].filter(Boolean).join(' ')].filter(Boolean).join(', ')
      ) : (
        <NoValue />
      ),
    ],
    [t('prospect.fields.municipality'), municipality(data.municipality)],
    [
      t('prospect.fields.website'),
      data.website ? (
        href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {data.website}
          </a>
        ) : (
          data.website
        )
      ) : (
        <NoValue />
      ),
    ],
    [t('prospect.fields.targetGroup'), data.targetGroup ? t(`prospect.targetGroups.${data.targetGroup}`) : <NoValue />],
    [t('prospect.fields.targetMunicipality'), municipality(data.targetMunicipality)],
    [t('prospect.fields.source'), text(data.source)],
    [
      t('prospect.fields.expectedDecisionDate'),
      data.expectedDecisionDate ? formatDate(data.expectedDecisionDate, language) : <NoValue />,
    ],
    [t('prospect.fields.createdAt'), formatDate(data.createdAt, language)],
  ];
  if (data.stage.category === 'WON') {
    facts.push([t('prospect.fields.realizedJobs'), count(data.realizedJobs)]);
    facts.push([t('prospect.fields.newResidents'), count(data.newResidents)]);
  }
  if (data.stage.category === 'LOST') facts.push([t('prospect.fields.lostReason'), text(data.lostReason)]);

  return (
    <div className="prospect-header">
      <PageHeader title={data.name} />
      <div className="prospect-summary">
        <p className="prospect-marks">
          {data.orgNumber && (
            <span className="nowrap">
              <span className="muted">{t('prospect.fields.orgNumberShort')}</span> {formatOrgNumber(data.orgNumber)}
            </span>
          )}
          <Badge>{localizedName(data.stage, language)}</Badge>
          {data.stale && (
            <Badge tone="warning" title={t('prospect.staleHint')}>
              {t('prospect.stale')}
            </Badge>
          )}
          {data.archived && <Badge tone="muted">{t('prospect.archived')}</Badge>}
        </p>
        {data.focusAreas.length > 0 && (
          <ul className="inline-list" aria-label={t('prospect.fields.focusAreas')}>
            {data.focusAreas.map((area) => (
              <li key={area.id}>
                <Chip label={localizedName(area, language)} color={area.color} />
              </li>
            ))}
          </ul>
        )}
        <dl className="prospect-key-figures">
          <div>
            <dt>{t('prospect.fields.owner')}</dt>
            <dd>{data.owner?.name ?? <NoValue />}</dd>
          </div>
          <div>
            <dt>{t('prospect.fields.estimatedJobs')}</dt>
            <dd>{count(data.estimatedJobs)}</dd>
          </div>
        </dl>
        {actions && <div className="prospect-actions">{actions}</div>}
      </div>
      {showFacts && (
        <dl className="prospect-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
