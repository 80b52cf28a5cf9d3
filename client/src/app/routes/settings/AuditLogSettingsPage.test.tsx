import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditLogQuery } from '../../../features/audit/hooks/useAuditLog';
import { renderApp } from '../../../test/renderApp';

const nbsp = '\u00a0';

function entry(id: string, fields: Record<string, unknown>) {
  return {
    __typename: 'AuditEntry',
    id,
    at: '2015-06-05T11:00:00.000Z',
    action: 'UPDATE',
    entity: 'User',
    entityId: '3f2a9c1e-0000-4000-8000-000000000001',
    diff: {},
    actor: { __typename: 'User', id: 'u-admin', name: 'Ada Admin' },
    ...fields,
  };
}

function page(nodes: object[], totalCount: number, hasNextPage: boolean, after?: string): MockLink.MockedResponse {
  return {
    request: { query: AuditLogQuery, variables: after ? { first: 50, after } : { first: 50 } },
    result: {
      data: {
        auditEntries: {
          __typename: 'AuditEntryConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', endCursor: `after-${nodes.length}`, hasNextPage },
          edges: nodes.map((node, i) => ({ __typename: 'AuditEntryEdge', cursor: `c${i}`, node })),
        },
      },
    },
  };
}

const roleChange = entry('a1', {
  at: '2017-12-31T23:30:00.000Z',
  diff: { role: { before: 'MEMBER', after: 'LEADER' }, active: { before: true, after: false } },
});
const created = entry('a2', {
  at: '2015-06-05T11:00:00.000Z',
  action: 'CREATE',
  diff: {
    id: { before: null, after: '3f2a9c1e-0000-4000-8000-000000000001' },
    name: { before: null, after: 'Kari Nordmann' },
    passwordHash: { before: '[skjult]', after: '[endret]' },
  },
});
const login = entry('a3', { action: 'LOGIN', entity: 'Session', entityId: null, actor: null });

const rows = () => screen.getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell');

describe('AuditLogSettingsPage', () => {
  it('lists the entries as the server orders them (newest first), in Norwegian time and words', async () => {
    renderApp('/settings/audit', { mocks: [page([roleChange, created, login], 3, false)] });

    expect(await screen.findByText('3 hendelser')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Tid',
      'Utført av',
      'Handling',
      'Gjelder',
      'Endringer',
    ]);

    const [first, second, third] = rows().map(cellsOf);
    // 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Norway.
    expect(first[0].textContent).toBe(`01.01.2018 kl.${nbsp}00.30`);
    expect(first[1].textContent).toBe('Ada Admin');
    expect(first[2].textContent).toBe('Endret');
    expect(first[3].textContent).toBe('Bruker 3f2a9c1e');
    expect(within(first[4]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Rolle: Medlem → Prosjektleder',
      'Aktiv: ja → nei',
    ]);

    expect(second[0].textContent).toBe(`05.06.2015 kl.${nbsp}13.00`);
    expect(second[2].textContent).toBe('Opprettet');
    // A created record shows its values, not "nothing → value"; the id is in the row already.
    expect(within(second[4]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Navn: Kari Nordmann',
      'Passord: [skjult] → [endret]',
    ]);

    expect(third[1].textContent).toBe('Systemet');
    expect(third[2].textContent).toBe('Logget inn');
    expect(third[3].textContent).toBe('Økt');
    expect(third[4].textContent).toBe('–Ikke satt');
  });

  it('loads the next page after the last cursor and appends it', async () => {
    renderApp('/settings/audit', {
      mocks: [page([roleChange, created], 3, true), page([login], 3, false, 'after-2')],
    });

    await screen.findByText('Viser 2 av 3');
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));

    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(cellsOf(rows()[2])[2].textContent).toBe('Logget inn');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
  });

  it('shows an action or record it does not know as the server wrote it', async () => {
    renderApp('/settings/audit', {
      mocks: [page([entry('a9', { action: 'EXPORT', entity: 'Contact2', diff: { note: { before: 'x', after: { a: 1 } } } })], 1, false)],
    });
    await screen.findByText('1 hendelse');
    const [cells] = rows().map(cellsOf);
    expect(cells[2].textContent).toBe('EXPORT');
    expect(cells[3].textContent).toBe('Contact2 3f2a9c1e');
    expect(cells[4].textContent).toBe('note: x → {"a":1}');
  });
});
