import type { MockLink } from '@apollo/client/testing';
import { CompanyPageQuery } from '../app/routes/CompanyPage';
import { MeetingCompanyQuery, MeetingTeamQuery } from '../features/meetings/hooks/useMeetingFormData';
import { MeetingToEditQuery } from '../features/meetings/hooks/useMeetingToEdit';
import { ProspectFormOptionsQuery } from '../features/prospect/hooks/useProspectFormOptions';
import { viewers } from './renderApp';

// Test data for story 1's pages (a company, a new company, meetings), shaped as the server answers.

const stage = (id: string, nameNb: string, nameEn: string, category: string, position: number) =>
  ({ __typename: 'Stage', id, nameNb, nameEn, category, position }) as const;

export const stages = [
  stage('s1', 'Identifisert', 'Identified', 'OPEN', 1),
  stage('s2', 'Kontaktet', 'Contacted', 'OPEN', 2),
  stage('s3', 'I dialog', 'In dialogue', 'OPEN', 3),
  stage('s4', 'Vurderer etablering', 'Considering', 'OPEN', 4),
  stage('s5', 'Beslutning', 'Decision', 'OPEN', 5),
  stage('s6', 'Etablert', 'Established', 'WON', 6),
  stage('s7', 'Avsluttet', 'Closed', 'LOST', 7),
];
export const stageById = (id: string) => stages.find((s) => s.id === id)!;

export const focusAreas = [
  { __typename: 'FocusArea', id: 'fa1', key: 'BIOECONOMY', nameNb: 'Bioøkonomi', nameEn: 'Bioeconomy', color: '#2e7d32' },
  { __typename: 'FocusArea', id: 'fa2', key: 'BIOECONOMY_PHARMA', nameNb: 'Bioøkonomi – farmasi', nameEn: 'Bioeconomy – pharma', color: '#6a1b9a' },
  { __typename: 'FocusArea', id: 'fa3', key: 'DEFENCE_LOGISTICS', nameNb: 'Forsvarslogistikk', nameEn: 'Defence logistics', color: '#37474f' },
  { __typename: 'FocusArea', id: 'fa4', key: 'PUBLIC_HEALTH', nameNb: 'Folkehelse', nameEn: 'Public health', color: '#c62828' },
] as const;

const user = (viewer: { id: string; name: string; role: string }) => ({ __typename: 'User', id: viewer.id, name: viewer.name, role: viewer.role });
export const team = [user(viewers.LEADER), user(viewers.MEMBER), user(viewers.ADMIN), user(viewers.BOARD)];

export const municipalities = [
  { __typename: 'Municipality', number: '3420', name: 'Elverum', inRegion: true },
  { __typename: 'Municipality', number: '3419', name: 'Våler', inRegion: true },
  { __typename: 'Municipality', number: '3422', name: 'Åmot', inRegion: true },
  { __typename: 'Municipality', number: '3421', name: 'Trysil', inRegion: false },
];

export const formOptionsMock: MockLink.MockedResponse = {
  request: { query: ProspectFormOptionsQuery },
  result: { data: { focusAreas, users: team, municipalities } },
  maxUsageCount: 5,
};

export const kari = {
  __typename: 'Contact',
  id: 'c1',
  name: 'Kari Nordmann',
  title: 'Daglig leder',
  email: 'kari@tre.example',
  phone: '+47 412 34 567',
  doNotContact: false,
  version: 1,
};
export const ola = {
  __typename: 'Contact',
  id: 'c2',
  name: 'Ola Hansen',
  title: null,
  email: 'ola@tre.example',
  phone: '+47 900 00 000',
  doNotContact: true,
  version: 1,
};

const person = (viewer: { id: string; name: string }) => ({ __typename: 'User', id: viewer.id, name: viewer.name });

export const dialogueMeeting = {
  __typename: 'MeetingEvent',
  at: '2015-06-05T11:00:00.000Z',
  meeting: {
    __typename: 'Meeting',
    id: 'm1',
    version: 1,
    kind: 'DIALOGUE_MEETING',
    startsAt: '2015-06-05T11:00:00.000Z',
    minutes: 'Vil se på tomt ved Terningmoen.',
    outcome: null,
    nextStep: 'Send tilbud',
    followUpDate: '2015-06-12',
    followUpDone: false,
    users: [person(viewers.LEADER)],
    contacts: [{ __typename: 'Contact', id: 'c1', name: 'Kari Nordmann' }],
  },
};

/** A company as the company page's query answers (every part's fields), with `fields` on top. */
export function prospect(fields: Record<string, unknown> = {}) {
  const current = stageById((fields.stageId as string | undefined) ?? 's2');
  const { stageId: _, ...rest } = fields;
  return {
    __typename: 'Prospect',
    id: 'p1',
    name: 'Elverum Tre AS',
    orgNumber: '999900003',
    legalForm: 'AS',
    archived: false,
    stale: false,
    version: 2,
    stage: current,
    focusAreas: [focusAreas[0]],
    owner: person(viewers.LEADER),
    estimatedJobs: 1200,
    realizedJobs: null,
    newResidents: null,
    lostReason: null,
    industryCode: '16.110',
    industryText: 'Saging og høvling av tre',
    employees: null,
    website: 'www.tre.example',
    address: 'Sagvegen 1',
    postalCode: '2408',
    postalPlace: 'ELVERUM',
    municipality: { __typename: 'Municipality', number: '3420', name: 'Elverum' },
    targetGroup: 'EXPANDING_COMPANY',
    targetMunicipality: { __typename: 'Municipality', number: '3422', name: 'Åmot' },
    source: 'Nettverksmøte',
    expectedDecisionDate: '2016-03-01',
    createdAt: '2015-05-20T08:00:00.000Z',
    lastActivityAt: '2015-06-05T11:00:00.000Z',
    stageHistory: [
      {
        __typename: 'StageChange',
        id: 'h1',
        changedAt: '2015-05-20T08:00:00.000Z',
        from: null,
        to: stageById('s1'),
        by: person(viewers.LEADER),
      },
      {
        __typename: 'StageChange',
        id: 'h2',
        changedAt: '2015-05-28T09:30:00.000Z',
        from: stageById('s1'),
        to: stageById('s2'),
        by: person(viewers.MEMBER),
      },
    ],
    contacts: [kari, ola],
    timeline: [
      dialogueMeeting,
      {
        __typename: 'StageChangeEvent',
        at: '2015-05-28T09:30:00.000Z',
        from: stageById('s1'),
        to: stageById('s2'),
        by: person(viewers.MEMBER),
      },
      {
        __typename: 'EditEvent',
        at: '2015-05-21T10:00:00.000Z',
        action: 'UPDATE',
        entity: 'Prospect',
        diff: { website: { before: null, after: 'www.tre.example' }, lastActivityAt: { before: 'x', after: 'y' } },
        by: person(viewers.LEADER),
      },
    ],
    ...rest,
  };
}

type Answer = ReturnType<typeof prospect>;

/** The company page's query for a viewer who may read personal data and write (or the board). */
export function companyPageMock(answer: Answer, options: { board?: boolean; maxUsageCount?: number } = {}): MockLink.MockedResponse {
  const board = options.board ?? false;
  const { contacts: _c, timeline: _t, ...withoutPersonal } = answer;
  return {
    request: { query: CompanyPageQuery, variables: { id: answer.id, personal: !board, writer: !board } },
    result: { data: { prospect: board ? withoutPersonal : answer, stages } },
    maxUsageCount: options.maxUsageCount,
  };
}

export const meetingTeamMock: MockLink.MockedResponse = {
  request: { query: MeetingTeamQuery },
  result: { data: { users: team } },
  maxUsageCount: 5,
};

export function meetingCompanyMock(answer: { id: string; name: string; contacts: object[] }): MockLink.MockedResponse {
  return {
    request: { query: MeetingCompanyQuery, variables: { id: answer.id } },
    result: {
      data: {
        prospect: {
          __typename: 'Prospect',
          id: answer.id,
          name: answer.name,
          contacts: answer.contacts.map((c) => {
            const { id, name, title, doNotContact } = c as typeof kari;
            return { __typename: 'Contact', id, name, title, doNotContact };
          }),
        },
      },
    },
    maxUsageCount: 5,
  };
}

/** The company page's dialogue meeting as `meeting(id)` answers (to correct it), with `fields` on top. */
export function loggedMeeting(fields: Record<string, unknown> = {}) {
  return {
    ...dialogueMeeting.meeting,
    prospects: [{ __typename: 'Prospect', id: 'p1', name: 'Elverum Tre AS' }],
    ...fields,
  };
}

/** `meeting(id)` answering `answer` once: each opening of the edit form, and each reload, asks again. */
export function meetingToEditMock(answer: ReturnType<typeof loggedMeeting>): MockLink.MockedResponse {
  return { request: { query: MeetingToEditQuery, variables: { id: answer.id } }, result: { data: { meeting: answer } } };
}
