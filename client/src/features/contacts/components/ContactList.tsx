import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { describeError } from '../../../shared/apollo/describeError';
import { canManageSettings } from '../../auth/access';
import { useViewer } from '../../auth/hooks/useViewer';
import { useContactMutations } from '../hooks/useContactMutations';
import { usePersonPrivacy } from '../hooks/usePersonPrivacy';
import { ContactCard, type ContactCardContact } from './ContactCard';
import { ContactForm, emptyContact, type ContactValues } from './ContactForm';
import { ErasePersonDialog } from './ErasePersonDialog';
import '../contacts.css';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

export const ContactListFragment = graphql(`
  fragment ContactList_prospect on Prospect {
    id
    contacts {
      id
      ...ContactCard_contact
    }
  }
`);

const toInput = (values: ContactValues) => ({
  name: values.name.trim(),
  title: values.title.trim() || null,
  email: values.email.trim() || null,
  phone: values.phone.trim() || null,
  doNotContact: values.doNotContact,
});

/** The company's contact persons: add, change, remove (personal data: never shown to the board). */
export function ContactList({ prospect, readOnly }: { prospect: FragmentType<typeof ContactListFragment>; readOnly: boolean }) {
  const { t } = useTranslation();
  // The fragment document also holds ContactCard_contact: name the one to read.
  const { data, complete } = useFragment({
    fragment: ContactListFragment,
    fragmentName: 'ContactList_prospect',
    from: prospect,
  });
  const { createContact, updateContact, deleteContact } = useContactMutations(data.id ?? '');
  const { exportPerson, erasePerson } = usePersonPrivacy(data.id ?? '');
  // Export and erasure answer a person's request: the project leader's and the admin's job (the server agrees).
  const privacy = canManageSettings(useViewer().role);
  const [erasing, setErasing] = useState<ContactCardContact>();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ContactCardContact>();
  const [busyId, setBusyId] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the keyboard goes back to when a form closes: the add button, or the person's edit button.
  const [returnTo, setReturnTo] = useState<string>();
  useEffect(() => {
    if (adding || editing || !returnTo) return;
    const target =
      returnTo === 'add' ? addButton.current : document.querySelector<HTMLElement>(`[data-contact-edit="${returnTo}"]`);
    target?.focus();
    setReturnTo(undefined);
  }, [adding, editing, returnTo]);
  const closeForm = (back: string) => {
    setAdding(false);
    setEditing(undefined);
    setReturnTo(back);
  };
  if (!complete) return null;

  const remove = async (contact: ContactCardContact) => {
    if (!window.confirm(t('contacts.confirmDelete', { name: contact.name }))) return;
    setBusyId(contact.id);
    setOutcome(undefined);
    try {
      await deleteContact(contact.id, contact.version);
      setOutcome({ text: t('contacts.deleted', { name: contact.name }), failed: false });
      addButton.current?.focus();
    } catch (error) {
      setOutcome({ text: describeError(error, t), failed: true });
    } finally {
      setBusyId(undefined);
    }
  };

  const download = async (contact: ContactCardContact) => {
    setBusyId(contact.id);
    setOutcome(undefined);
    try {
      await exportPerson(contact.id, contact.name);
      setOutcome({ text: t('contacts.exported', { name: contact.name }), failed: false });
    } catch (error) {
      setOutcome({ text: describeError(error, t), failed: true });
    } finally {
      setBusyId(undefined);
    }
  };

  const erase = async (contact: ContactCardContact) => {
    const result = await erasePerson(contact.id, contact.version);
    setErasing(undefined);
    setOutcome({
      text: t('contacts.erased', {
        name: contact.name,
        meetings: result.meetingLinksRemoved,
        audit: result.auditEntriesAnonymised,
      }),
      failed: false,
    });
    // After the dialog has closed (its card is gone, so the focus cannot go back there).
    setReturnTo('add');
  };

  return (
    <div className="contact-list">
      <OutcomeMessage outcome={outcome} />
      {data.contacts.length === 0 && !adding && <p className="muted">{t('contacts.none')}</p>}
      <ul className="contact-cards">
        {data.contacts.map((contact) =>
          editing?.id === contact.id ? (
            <li key={contact.id} className="contact-card">
              <ContactForm
                title={t('contacts.editTitle', { name: editing.name })}
                initial={{
                  name: editing.name,
                  title: editing.title ?? '',
                  email: editing.email ?? '',
                  phone: editing.phone ?? '',
                  doNotContact: editing.doNotContact,
                }}
                submitLabel={t('contacts.save')}
                onSave={async (values) => {
                  await updateContact({ id: editing.id, version: editing.version, ...toInput(values) });
                  closeForm(editing.id);
                  setOutcome({ text: t('contacts.saved', { name: values.name.trim() }), failed: false });
                }}
                onCancel={() => closeForm(editing.id)}
              />
            </li>
          ) : (
            <ContactCard
              key={contact.id}
              contact={contact}
              readOnly={readOnly}
              busy={busyId === contact.id}
              onEdit={(c) => {
                setOutcome(undefined);
                setAdding(false);
                setEditing(c);
              }}
              onDelete={(c) => void remove(c)}
              onExport={privacy ? (c) => void download(c) : undefined}
              onErase={
                privacy
                  ? (c) => {
                      setOutcome(undefined);
                      setErasing(c);
                    }
                  : undefined
              }
            />
          ),
        )}
      </ul>
      {erasing && (
        <ErasePersonDialog name={erasing.name} onErase={() => erase(erasing)} onCancel={() => setErasing(undefined)} />
      )}
      {!readOnly &&
        (adding ? (
          <ContactForm
            title={t('contacts.addTitle')}
            initial={emptyContact}
            submitLabel={t('contacts.add')}
            onSave={async (values, idempotencyKey) => {
              await createContact(toInput(values), idempotencyKey);
              closeForm('add');
              setOutcome({ text: t('contacts.added', { name: values.name.trim() }), failed: false });
            }}
            onCancel={() => closeForm('add')}
          />
        ) : (
          <button
            ref={addButton}
            type="button"
            className="button"
            onClick={() => {
              setOutcome(undefined);
              setEditing(undefined);
              setAdding(true);
            }}
          >
            {t('contacts.addButton')}
          </button>
        ))}
    </div>
  );
}
