import { describe, expect, it } from 'vitest';
import { changedMeetingValues, draftFromMeeting, meetingValues, newMeetingDraft } from './meetingDraft';

const logged = {
  kind: 'DIALOGUE_MEETING' as const,
  startsAt: '2015-06-05T11:00:00.000Z',
  minutes: 'Vil se på tomt.',
  outcome: null,
  nextStep: 'Send tilbud',
  followUpDate: '2015-06-12',
  followUpDone: false,
  users: [{ id: 'u1' }, { id: 'u2' }],
  contacts: [{ id: 'c1' }],
};

describe('meeting drafts', () => {
  it('fills a logged meeting in Norwegian time, missing texts as empty', () => {
    expect(draftFromMeeting(logged)).toEqual({
      kind: 'DIALOGUE_MEETING',
      date: '2015-06-05',
      time: '13:00',
      userIds: ['u1', 'u2'],
      contactIds: ['c1'],
      minutes: 'Vil se på tomt.',
      outcome: '',
      nextStep: 'Send tilbud',
      followUpDate: '2015-06-12',
      followUpDone: false,
    });
  });

  it('gives a new meeting no follow-up to mark done (the create input has none)', () => {
    const values = meetingValues(newMeetingDraft('u1', new Date('2026-11-26T12:00:00Z')));
    expect(values).toEqual({
      kind: 'DIALOGUE_MEETING',
      startsAt: '2026-11-26T13:00:00+01:00',
      userIds: ['u1'],
      contactIds: [],
      minutes: null,
      outcome: null,
      nextStep: null,
      followUpDate: null,
    });
  });

  it('has no values without a date and time', () => {
    expect(meetingValues({ ...draftFromMeeting(logged), time: '' })).toBeNull();
  });

  it('counts as changed only what the user changed: participants as sets, texts trimmed, the time to the minute', () => {
    const base = draftFromMeeting({ ...logged, startsAt: '2015-06-05T11:00:30.000Z' });
    expect(changedMeetingValues(base, { ...base, userIds: ['u2', 'u1'], minutes: ' Vil se på tomt. ' })).toEqual({});
    expect(changedMeetingValues(base, { ...base, time: '14:00', minutes: 'Ny tekst', outcome: '  ', followUpDone: true })).toEqual({
      startsAt: '2015-06-05T14:00:00+02:00',
      minutes: 'Ny tekst',
      followUpDone: true,
    });
    expect(changedMeetingValues(base, { ...base, contactIds: [], followUpDate: '' })).toEqual({ contactIds: [], followUpDate: null });
  });
});
