import { describe, expect, it } from 'vitest';
import { i18n } from '../../shared/i18n/i18n';
import '../../shared/i18n/prospectTexts';
import { changedFields, emptyDraft, readDraft, reapplyChanges, withRegisterFill } from './prospectDraft';

describe('withRegisterFill', () => {
  it("takes the register's facts, keeps unknown employees empty (not 0) and Magnet's own fields", () => {
    const draft = { ...emptyDraft('u1'), orgNumber: '999 900 003', source: 'Messe', focusAreaIds: ['fa1'] };
    const filled = withRegisterFill(draft, {
      orgNumber: '999900003',
      name: 'EKSEMPEL AS',
      employees: null,
      municipalityNumber: '3423',
      municipalityName: 'STOR-ELVDAL',
    });
    expect(filled).toMatchObject({
      orgNumber: '999 900 003',
      name: 'EKSEMPEL AS',
      employees: '',
      municipality: '3423',
      municipalityName: 'Stor-Elvdal',
      source: 'Messe',
      focusAreaIds: ['fa1'],
      ownerId: 'u1',
    });
    expect(withRegisterFill(draft, { orgNumber: '999900003', name: 'X', employees: 0 }).employees).toBe('0');
  });
});

describe('readDraft', () => {
  it('turns empty texts into null and asks for a name and whole numbers', () => {
    const { values, problems } = readDraft({ ...emptyDraft(''), estimatedJobs: 'ti' }, i18n.t);
    expect(values.orgNumber).toBeNull();
    expect(values.ownerId).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(['estimatedJobs', 'name']);
  });
});

describe('keeping my changes after a conflict', () => {
  it('puts the fields I changed on top of the latest version, and keeps what others changed', () => {
    const base = { ...emptyDraft('u1'), name: 'Tre AS', website: 'a.example', source: 'Messe', focusAreaIds: ['fa1', 'fa2'] };
    const mine = { ...base, website: 'mine.example', focusAreaIds: ['fa2', 'fa1'] };
    const latest = { ...base, source: 'Innovasjon Norge', website: 'theirs.example' };
    expect(changedFields(base, mine)).toEqual(['website']); // the same areas in another order are no change
    expect(reapplyChanges(latest, base, mine)).toEqual({ ...latest, website: 'mine.example' });
  });
});
