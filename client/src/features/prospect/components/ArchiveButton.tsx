import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { useArchiveProspect } from '../hooks/useArchiveProspect';

export const ArchiveButtonFragment = graphql(`
  fragment ArchiveButton_prospect on Prospect {
    id
    version
    name
    archived
  }
`);

/** Archive or restore, with the version; says how it went through `onOutcome`. */
export function ArchiveButton({
  prospect,
  onOutcome,
  onConflict,
}: {
  prospect: FragmentType<typeof ArchiveButtonFragment>;
  onOutcome: (outcome: { text: string; failed: boolean }) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: ArchiveButtonFragment, from: prospect });
  const { setArchived, busy } = useArchiveProspect();
  if (!complete) return null;

  const toggle = async () => {
    const archive = !data.archived;
    if (archive && !window.confirm(t('prospect.archive.confirm', { name: data.name }))) return;
    try {
      await setArchived(data.id, data.version, archive);
      onOutcome({ text: t(archive ? 'prospect.archive.archived' : 'prospect.archive.restored'), failed: false });
    } catch (error) {
      onOutcome({ text: describeError(error, t), failed: true });
      if (hasErrorCode(error, 'CONFLICT')) onConflict();
    }
  };

  return (
    <button type="button" className="button" disabled={busy} onClick={() => void toggle()}>
      {data.archived ? t('prospect.archive.restore') : t('prospect.archive.archive')}
    </button>
  );
}
