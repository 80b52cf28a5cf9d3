import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { ContactCard_ContactFragment } from '../../../gql/graphql';
import { Badge } from '../../../shared/ui/Badge';

export const ContactCardFragment = graphql(`
  fragment ContactCard_contact on Contact {
    id
    name
    title
    email
    phone
    doNotContact
    version
  }
`);

export type ContactCardContact = ContactCard_ContactFragment;

/**
 * One contact person. Do-not-contact is shown plainly, and then e-mail and phone are not links:
 * nobody should write or call by a click.
 */
export function ContactCard({
  contact,
  readOnly,
  onEdit,
  onDelete,
  onExport,
  onErase,
  busy,
}: {
  contact: FragmentType<typeof ContactCardFragment>;
  readOnly: boolean;
  onEdit: (contact: ContactCardContact) => void;
  onDelete: (contact: ContactCardContact) => void;
  /** The person's rights (export, erasure): given only to the roles that may use them. */
  onExport?: (contact: ContactCardContact) => void;
  onErase?: (contact: ContactCardContact) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: ContactCardFragment, from: contact });
  if (!complete) return null;
  const blocked = data.doNotContact;

  return (
    <li className={blocked ? 'contact-card contact-blocked' : 'contact-card'}>
      <p className="contact-name">
        <strong>{data.name}</strong>
        {data.title && <span className="muted"> · {data.title}</span>}
        {blocked && <Badge tone="stop">{t('contacts.doNotContactBadge')}</Badge>}
      </p>
      {(data.email || data.phone) && (
        <p className="contact-ways">
          {data.email &&
            (blocked ? (
              <span>{data.email}</span>
            ) : (
              <a href={`mailto:${data.email}`}>{data.email}</a>
            ))}
          {data.phone &&
            (blocked ? (
              <span>{data.phone}</span>
            ) : (
              <a href={`tel:${data.phone.replace(/\s/g, '')}`}>{data.phone}</a>
            ))}
        </p>
      )}
      {!readOnly && (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => onEdit(data)}
            aria-label={t('contacts.editFor', { name: data.name })}
            data-contact-edit={data.id}
          >
            {t('contacts.edit')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => onDelete(data)}
            aria-label={t('contacts.deleteFor', { name: data.name })}
          >
            {t('contacts.delete')}
          </button>
          {onExport && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onExport(data)}
              aria-label={t('contacts.exportFor', { name: data.name })}
            >
              {t('contacts.exportData')}
            </button>
          )}
          {onErase && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onErase(data)}
              aria-label={t('contacts.eraseFor', { name: data.name })}
            >
              {t('contacts.erase')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
