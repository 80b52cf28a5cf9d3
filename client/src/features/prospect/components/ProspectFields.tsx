import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/ui/Field';
import type { ProspectFormOptions } from '../hooks/useProspectFormOptions';
import { targetGroups, type DraftField, type ProspectDraft } from '../prospectDraft';
import { FocusAreaPicker } from './FocusAreaPicker';

type TextField = Exclude<DraftField, 'focusAreaIds' | 'targetGroup'>;

/**
 * The fields of a company, shared by the new-company form and the edit form: first what the
 * register knows (all of it can be typed by hand too), then Magnet's own. `orgNumberField`
 * replaces the plain organisation-number field (the new form looks the number up).
 */
export function ProspectFields({
  draft,
  onChange,
  problems,
  options,
  orgNumberField,
}: {
  draft: ProspectDraft;
  onChange: (patch: Partial<ProspectDraft>) => void;
  problems: Partial<Record<string, string>>;
  options: ProspectFormOptions;
  orgNumberField?: ReactNode;
}) {
  const { t } = useTranslation();

  const input = (field: TextField, label: string, props: InputHTMLAttributes<HTMLInputElement> & { hint?: ReactNode } = {}) => {
    const { hint, ...rest } = props;
    return (
      <Field label={label} hint={hint} error={problems[field]}>
        {(control) => (
          <input {...control} value={draft[field]} onChange={(event) => onChange({ [field]: event.target.value })} {...rest} />
        )}
      </Field>
    );
  };

  const known = options.municipalities.find((m) => m.number === draft.municipality);
  const municipalityName = known?.name ?? draft.municipalityName;
  const region = options.municipalities.filter((m) => m.inRegion);
  const neighbours = options.municipalities.filter((m) => !m.inRegion);
  const ownerKnown = !draft.ownerId || options.owners.some((owner) => owner.id === draft.ownerId);

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('prospect.form.companySection')}</legend>
        {orgNumberField ??
          input('orgNumber', t('prospect.fields.orgNumber'), {
            inputMode: 'numeric',
            autoComplete: 'off',
            spellCheck: false,
          })}
        {input('name', t('prospect.fields.nameRequired'), { autoComplete: 'off' })}
        <div className="form-row">
          {input('legalForm', t('prospect.fields.legalForm'), { autoComplete: 'off', hint: t('prospect.form.legalFormHint') })}
          {input('employees', t('prospect.fields.employees'), {
            inputMode: 'numeric',
            autoComplete: 'off',
            hint: t('prospect.form.employeesHint'),
          })}
        </div>
        <div className="form-row">
          {input('industryCode', t('prospect.fields.industryCode'), {
            autoComplete: 'off',
            spellCheck: false,
            hint: t('prospect.form.industryCodeHint'),
          })}
          {input('industryText', t('prospect.fields.industryText'), { autoComplete: 'off' })}
        </div>
        {input('address', t('prospect.fields.address'), { autoComplete: 'off' })}
        <div className="form-row">
          {input('postalCode', t('prospect.fields.postalCode'), { inputMode: 'numeric', autoComplete: 'off' })}
          {input('postalPlace', t('prospect.fields.postalPlace'), { autoComplete: 'off' })}
          {input('municipality', t('prospect.fields.municipalityNumber'), {
            inputMode: 'numeric',
            autoComplete: 'off',
            hint: municipalityName || t('prospect.form.municipalityHint'),
          })}
        </div>
        {input('website', t('prospect.fields.website'), { type: 'url', autoComplete: 'off', spellCheck: false })}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('prospect.form.magnetSection')}</legend>
        <FocusAreaPicker
          areas={options.focusAreas}
          selected={draft.focusAreaIds}
          onChange={(focusAreaIds) => onChange({ focusAreaIds })}
          industryCode={draft.industryCode}
          error={problems.focusAreaIds}
        />
        <div className="form-row">
          <Field label={t('prospect.fields.targetGroup')} error={problems.targetGroup}>
            {(control) => (
              <select
                {...control}
                value={draft.targetGroup}
                onChange={(event) => onChange({ targetGroup: event.target.value as ProspectDraft['targetGroup'] })}
              >
                <option value="">{t('prospect.form.none')}</option>
                {targetGroups.map((group) => (
                  <option key={group} value={group}>
                    {t(`prospect.targetGroups.${group}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('prospect.fields.targetMunicipality')} error={problems.targetMunicipality}>
            {(control) => (
              <select
                {...control}
                value={draft.targetMunicipality}
                onChange={(event) => onChange({ targetMunicipality: event.target.value })}
              >
                <option value="">{t('prospect.form.none')}</option>
                <optgroup label={t('prospect.form.region')}>
                  {region.map((m) => (
                    <option key={m.number} value={m.number}>
                      {m.name ?? m.number}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('prospect.form.neighbours')}>
                  {neighbours.map((m) => (
                    <option key={m.number} value={m.number}>
                      {m.name ?? m.number}
                    </option>
                  ))}
                </optgroup>
                {draft.targetMunicipality && !options.municipalities.some((m) => m.number === draft.targetMunicipality) && (
                  <option value={draft.targetMunicipality}>{draft.targetMunicipality}</option>
                )}
              </select>
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('prospect.fields.owner')} error={problems.ownerId}>
            {(control) => (
              <select {...control} value={draft.ownerId} onChange={(event) => onChange({ ownerId: event.target.value })}>
                <option value="">{t('prospect.form.none')}</option>
                {options.owners.map((owner) => (
                  <option key={owner.id} value={owner.id}>
                    {owner.name}
                  </option>
                ))}
                {!ownerKnown && <option value={draft.ownerId}>{t('prospect.form.formerOwner')}</option>}
              </select>
            )}
          </Field>
          {input('source', t('prospect.fields.source'), { autoComplete: 'off', hint: t('prospect.form.sourceHint') })}
        </div>
        <div className="form-row">
          {input('estimatedJobs', t('prospect.fields.estimatedJobs'), { inputMode: 'numeric', autoComplete: 'off' })}
          {input('expectedDecisionDate', t('prospect.fields.expectedDecisionDate'), { type: 'date' })}
        </div>
      </fieldset>
    </>
  );
}
