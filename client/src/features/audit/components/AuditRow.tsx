import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { formatDate, formatTime } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { actionLabel, entityLabel } from '../describeAudit';
import { AuditDiff } from './AuditDiff';

export const AuditRowFragment = graphql(`
  fragment AuditRow_entry on AuditEntry {
    id
    at
    action
    entity
    entityId
    diff
    actor {
      id
      name
    }
  }
`);

/** One entry: when, who, what, on which record, and what changed. */
export function AuditRow({ entry }: { entry: FragmentType<typeof AuditRowFragment> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: AuditRowFragment, from: entry });
  if (!complete) return null;

  return (
    <tr>
      <td className="nowrap">
        <time dateTime={data.at}>
          {formatDate(data.at, language)} {formatTime(data.at, language)}
        </time>
      </td>
      <td>{data.actor?.name ?? t('audit.system')}</td>
      <td>{actionLabel(data.action, t)}</td>
      <td>
        {entityLabel(data.entity, t)}
        {data.entityId && (
          <>
            {' '}
            <code className="muted" title={data.entityId}>
              {data.entityId.slice(0, 8)}
            </code>
          </>
        )}
      </td>
      <td>
        <AuditDiff diff={data.diff} />
      </td>
    </tr>
  );
}
