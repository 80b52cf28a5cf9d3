import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProspectCandidatesQuery } from '../../../gql/graphql';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Badge } from '../../../shared/ui/Badge';
import { Chip } from '../../../shared/ui/Chip';

export type Candidate = ProspectCandidatesQuery['prospectCandidates']['edges'][number]['node'];

/**
 * One register entity. Its suggested focus area is offered as a box to tick, never set by itself;
 * once made a company the row says so and links to it.
 */
export function CandidateRow({
  candidate: c,
  added,
  busy,
  onMake,
}: {
  candidate: Candidate;
  added: { id: string; name: string } | undefined;
  busy: boolean;
  onMake: (candidate: Candidate, focusAreaIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [useSuggestion, setUseSuggestion] = useState(false);
  const focusArea = c.suggestedFocusArea;
  return (
    <tr>
      <th scope="row">
        {c.name}
        {c.legalForm && <span className="muted"> {c.legalForm}</span>}
        {c.deletedOn && <Badge tone="stop">{t('candidates.deleted')}</Badge>}
        {c.bankrupt && <Badge tone="stop">{t('candidates.bankrupt')}</Badge>}
        {c.underLiquidation && <Badge tone="warning">{t('candidates.underLiquidation')}</Badge>}
      </th>
      <td className="nowrap">{formatOrgNumber(c.orgNumber)}</td>
      <td>
        {c.industryCode ?? '–'}
        {c.industryText && <span className="muted"> {c.industryText}</span>}
      </td>
      <td className="numeric">
        {c.employees === null || c.employees === undefined ? (
          <span className="muted">{t('candidates.unknownEmployees')}</span>
        ) : (
          formatNumber(c.employees, language)
        )}
      </td>
      <td>{c.municipality?.name ?? c.municipality?.number ?? '–'}</td>
      <td>
        {focusArea &&
          (added ? (
            <Chip label={localizedName(focusArea, language)} color={focusArea.color} />
          ) : (
            <label className="candidate-choice">
              <input
                type="checkbox"
                checked={useSuggestion}
                disabled={busy}
                onChange={(event) => setUseSuggestion(event.target.checked)}
                aria-label={t('candidates.useSuggestion', { name: c.name, focusArea: localizedName(focusArea, language) })}
              />
              <Chip label={localizedName(focusArea, language)} color={focusArea.color} />
            </label>
          ))}
      </td>
      <td>
        {added ? (
          <span className="candidate-added">
            <Badge tone="done">{t('candidates.added')}</Badge>{' '}
            <Link to={`/companies/${added.id}`} aria-label={t('candidates.open', { name: added.name })}>
              {added.name}
            </Link>
          </span>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            aria-label={t('candidates.makeFor', { name: c.name })}
            onClick={() => onMake(c, useSuggestion && focusArea ? [focusArea.id] : [])}
          >
            {busy ? t('candidates.making') : t('candidates.make')}
          </button>
        )}
      </td>
    </tr>
  );
}
