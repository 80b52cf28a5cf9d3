import type { FragmentType } from '@apollo/client';
import type { TFunction } from 'i18next';
import { useFragment } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { inputProblems } from '../../../shared/apollo/inputProblems';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useLatestProspect } from '../hooks/useLatestProspect';
import { useProspectFormOptions, type ProspectFormOptions } from '../hooks/useProspectFormOptions';
import { useUpdateProspect } from '../hooks/useUpdateProspect';
import {
  changedFields,
  changedValues,
  draftFromRecord,
  readDraft,
  reapplyChanges,
  type ProspectDraft,
  type ProspectRecord,
} from '../prospectDraft';
import { ProspectFields } from './ProspectFields';

export const EditCompanyFragment = graphql(`
  fragment EditCompany_prospect on Prospect {
    id
    version
    name
    orgNumber
    legalForm
    industryCode
    industryText
    employees
    address
    postalCode
    postalPlace
    municipality {
      number
      name
    }
    website
    targetGroup
    targetMunicipality {
      number
      name
    }
    owner {
      id
      name
    }
    source
    estimatedJobs
    expectedDecisionDate
    focusAreas {
      id
    }
  }
`);

/** Editing a company's details, with the version the edit started from. */
export function EditCompanyForm({
  prospect,
  onDone,
}: {
  prospect: FragmentType<typeof EditCompanyFragment>;
  /** Closes the form; `saved` when the changes were stored. */
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: EditCompanyFragment, from: prospect });
  const { options, error, retry } = useProspectFormOptions();
  if (!complete) return null;
  if (error && !options) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (!options) return <p role="status">{t('app.loading')}</p>;
  return <EditCompanyFormBody id={data.id} start={data} version={data.version} options={options} onDone={onDone} />;
}

interface EditState {
  /** The company as it was when editing began (or was last reloaded): what "my changes" are measured against. */
  base: ProspectDraft;
  draft: ProspectDraft;
  version: number;
}

function EditCompanyFormBody({
  id,
  start,
  version,
  options,
  onDone,
}: {
  id: string;
  start: ProspectRecord;
  version: number;
  options: ProspectFormOptions;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const conflictBox = useRef<HTMLDivElement>(null);
  const { update, saving } = useUpdateProspect();
  const latestProspect = useLatestProspect();
  const [state, setState] = useState<EditState>(() => {
    const draft = draftFromRecord(start);
    return { base: draft, draft, version };
  });
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [reloading, setReloading] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    if (conflict) conflictBox.current?.focus();
    else form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, conflict]);

  const change = (patch: Partial<ProspectDraft>) => setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || reloading) return;
    setGeneral(undefined);
    setNotice(undefined);
    const fields = changedFields(state.base, state.draft);
    const { values, problems: found } = readDraft(state.draft, t);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    if (fields.length === 0) {
      onDone(false);
      return;
    }
    try {
      await update({ id, version: state.version, ...changedValues(values, fields) });
      onDone(true);
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(describeError(error, t));
      } else {
        const answer = inputProblems(error);
        setProblems(answer.byField);
        const unplaced = Object.entries(answer.byField).filter(([field]) => !(field in state.draft));
        const messages = [...answer.general, ...unplaced.map(([, message]) => message)];
        if (messages.length === 0 && Object.keys(answer.byField).length === 0) messages.push(describeError(error, t));
        setGeneral(messages.length ? messages.join(' ') : undefined);
      }
      setAttempt((n) => n + 1);
    }
  };

  /** After a CONFLICT: the latest version underneath, and mine either dropped or put back on top. */
  const resolve = async (keepMine: boolean) => {
    setReloading(true);
    try {
      const latest = await latestProspect(id);
      const latestDraft = draftFromRecord(latest);
      const mine = changedFields(state.base, state.draft);
      setState({
        base: latestDraft,
        draft: keepMine ? reapplyChanges(latestDraft, state.base, state.draft) : latestDraft,
        version: latest.version,
      });
      setConflict(undefined);
      setProblems({});
      setNotice(
        keepMine
          ? t('prospect.edit.keptMine', {
              count: mine.length,
              fields: mine.map((f) => fieldLabel(f as Exclude<typeof f, 'municipalityName'>, t)).join(', '),
            })
          : t('prospect.edit.reloaded'),
      );
      form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } catch (error) {
      setGeneral(describeError(error, t));
    } finally {
      setReloading(false);
    }
  };

  return (
    <form
      ref={form}
      className="form prospect-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('prospect.edit.title')}</h2>
      {conflict && (
        <div ref={conflictBox} role="alert" className="form-error conflict" tabIndex={-1}>
          <p>{conflict}</p>
          <p>{t('prospect.edit.conflictChoice')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" disabled={reloading} onClick={() => void resolve(false)}>
              {t('prospect.edit.reload')}
            </button>
            <button type="button" className="button button-primary" disabled={reloading} onClick={() => void resolve(true)}>
              {t('prospect.edit.keepMine')}
            </button>
          </div>
        </div>
      )}
      {general && (
        <p role="alert" className="form-error">
          {general}
        </p>
      )}
      <p role="status" className="form-status">
        {notice ?? ''}
      </p>
      <ProspectFields draft={state.draft} onChange={change} problems={problems} options={options} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || reloading || Boolean(conflict)}>
          {saving ? t('app.saving') : t('prospect.edit.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('prospect.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A field's name in lower case for a sentence: "nettsted, ansvarlig". */
function fieldLabel(field: Exclude<keyof ProspectDraft, 'municipalityName'>, t: TFunction): string {
  return t(`prospect.timeline.fields.${field}`);
}
