import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFilter } from '../../features/filters/prospectFilter';
import { PipelineCardsQuery } from '../../features/pipeline/hooks/usePipeline';
import { MovePipelineCardMutation } from '../../features/pipeline/hooks/useMovePipelineCard';
import { DeleteViewMutation, SaveViewMutation, SetDefaultViewMutation } from '../../features/filters/hooks/useSavedViews';
import { layOutBoard } from '../../test/boardLayout';
import {
  board,
  card,
  filterOptionsMock,
  focusAreas,
  pipelineMock,
  savedViewsMock,
  stages,
  users,
  uuid,
} from '../../test/pipelineMocks';
import { currentLocation, renderApp, viewers } from '../../test/renderApp';

// Numbers are grouped with a no-break space (getByText normalises it to a plain space).
const nbsp = '\u00a0';

// The page's chunk (with the drag-and-drop library) is loaded once up front, not inside the first test's wait.
beforeAll(() => import('./PipelinePage'), 30_000);
/** How long the mocked server takes to answer a move: long enough to see the board before it answers. */
const serverDelay = 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const elverumTre = card({
  id: uuid('p1'),
  name: 'Elverum Tre AS',
  estimatedJobs: 1200,
  focusAreas: [focusAreas.bioeconomy, focusAreas.health],
  owner: users.kari,
  lastActivityAt: daysAgo(3),
  stale: true,
});
const renaLogistikk = card({ id: uuid('p2'), name: 'Rena Logistikk AS', estimatedJobs: 30, focusAreas: [focusAreas.defence] });
const valerPellets = card({ id: uuid('p3'), name: 'Våler Pellets AS', estimatedJobs: 5, owner: users.ola, lastActivityAt: '2015-06-05T10:00:00Z' });

const startBoard = board({ identified: [elverumTre, renaLogistikk], contacted: [valerPellets] });

/** The pipeline page with the filter options, the saved views and the board for `filter` answered. */
function renderPipeline(path: string, mocks: MockLink.MockedResponse[], options: { viewer?: (typeof viewers)[keyof typeof viewers] } = {}) {
  return renderApp(path, { viewer: options.viewer, mocks: [filterOptionsMock(), ...mocks] });
}

const columnSection = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const cardNames = (name: string) =>
  within(columnSection(name))
    .queryAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));

/** What the drag-and-drop live region last said to screen readers. */
const announced = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';

/** Lifts a card with the keyboard, presses the given arrow keys, and drops it (Space), as a keyboard user does. */
async function moveWithKeyboard(name: string, keys: string[]) {
  const handle = screen.getByRole('button', { name: `Flytt ${name}` });
  handle.focus();
  fireEvent.keyDown(handle, { key: ' ', code: 'Space' });
  await waitFor(() => expect(handle.getAttribute('aria-pressed')).toBe('true'));
  // The sensor listens for the arrows from the next tick on.
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  for (const code of keys) {
    const before = announced();
    fireEvent.keyDown(document, { code, key: code });
    await waitFor(() => expect(announced()).not.toBe(before));
  }
  fireEvent.keyDown(document, { key: ' ', code: 'Space' });
  // The drop is handled at once; a moment lets React show it.
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

function moveMock(input: Record<string, unknown>, result: MockLink.MockedResponse['result'], delay = serverDelay): MockLink.MockedResponse {
  return { request: { query: MovePipelineCardMutation, variables: { input } }, result, delay };
}

const moved = (id: string, stageId: string, version = 2) => ({
  data: {
    moveProspect: {
      __typename: 'Prospect',
      id,
      version,
      stale: false,
      lastActivityAt: new Date().toISOString(),
      stage: { __typename: 'Stage', id: stageId },
    },
  },
});

describe('the pipeline board', () => {
  it('shows a column per stage with count and estimated jobs, and cards with what the team needs to see', async () => {
    renderPipeline('/pipeline', [savedViewsMock(), pipelineMock(startBoard)]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Identifisert' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Identifisert',
      'Kontaktet',
      'I dialog',
      'Vurderer etablering',
      'Beslutning',
      'Etablert',
      'Avsluttet',
    ]);
    const identified = columnSection('Identifisert');
    expect(within(identified).getByText('2 bedrifter')).toBeTruthy();
    expect(within(identified).getByText('1 230 anslåtte arbeidsplasser')).toBeTruthy();
    expect(within(columnSection('Kontaktet')).getByText('1 bedrift')).toBeTruthy();

    const elverum = screen.getByRole('article', { name: 'Elverum Tre AS' });
    expect(within(elverum).getByRole('link', { name: 'Elverum Tre AS' }).getAttribute('href')).toBe(`/companies/${elverumTre.id}`);
    expect(within(elverum).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bioøkonomi', 'Folkehelse']);
    expect(within(elverum).getByText('Kari Nordmann')).toBeTruthy();
    expect(within(elverum).getByText('1 200')).toBeTruthy();
    expect(within(elverum).getByText('for 3 dager siden')).toBeTruthy();
    // Stale: an icon and a word, and the reason for screen readers.
    expect(within(elverum).getByText('Står stille', { exact: false }).textContent).toContain(
      'Står stille: ingen aktivitet på over 60 dager',
    );
    expect(within(screen.getByRole('article', { name: 'Våler Pellets AS' })).getByText('05.06.2015')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Rena Logistikk AS' })).getByText('i dag')).toBeTruthy();

    // Etablert and Avsluttet are folded at the end, and open on request.
    expect(within(columnSection('Etablert')).queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vis kort i Etablert' }));
    expect(within(columnSection('Etablert')).getByText('Ingen bedrifter her.')).toBeTruthy();
  });

  it('loads more cards of a column after its last cursor', async () => {
    const more = card({ id: uuid('p9'), name: 'Trysil Tre AS' });
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(board({ identified: [elverumTre, renaLogistikk] }, { identified: { count: 3, endCursor: 'c2' } })),
      {
        request: { query: PipelineCardsQuery, variables: { stageId: stages.identified.id, filter: {}, first: 20, after: 'c2' } },
        result: {
          data: {
            pipelineCards: {
              __typename: 'ProspectConnection',
              totalCount: 3,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
              edges: [{ __typename: 'ProspectEdge', cursor: 'c3', node: more }],
            },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Vis flere (1 til)' }));

    await waitFor(() => expect(cardNames('Identifisert')).toEqual(['Elverum Tre AS', 'Rena Logistikk AS', 'Trysil Tre AS']));
    expect(screen.queryByRole('button', { name: /Vis flere/ })).toBeNull();
  });
});

describe('the filter and the address', () => {
  it('starts from the filter in the address and keeps every change there', async () => {
    const defence = { ...emptyFilter, focusAreaIds: [focusAreas.defence.id], text: 'rena' };
    const defenceAndHealth = { ...defence, focusAreaIds: [focusAreas.defence.id, focusAreas.health.id].sort() };
    renderPipeline(`/pipeline?focus=${focusAreas.defence.id}&q=rena&stage=not-an-id`, [
      savedViewsMock(),
      pipelineMock(board({ identified: [renaLogistikk] }), defence),
      pipelineMock(board({ identified: [renaLogistikk, elverumTre] }), defenceAndHealth),
      pipelineMock(startBoard),
    ]);

    expect(await screen.findByRole('article', { name: 'Rena Logistikk AS' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Elverum Tre AS' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Forsvarslogistikk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Folkehelse' }).getAttribute('aria-pressed')).toBe('false');
    expect((screen.getByRole('searchbox', { name: 'Søk i bedrifter' }) as HTMLInputElement).value).toBe('rena');

    fireEvent.click(screen.getByRole('button', { name: 'Folkehelse' }));

    expect(await screen.findByRole('article', { name: 'Elverum Tre AS' })).toBeTruthy();
    const params = new URLSearchParams(currentLocation()!.split('?')[1]);
    expect(params.getAll('focus')).toEqual(defenceAndHealth.focusAreaIds);
    expect(params.get('q')).toBe('rena');
    // A value that cannot be an id is dropped from the address, not sent to the server.
    expect(params.has('stage')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Nullstill' }));

    expect(await screen.findByRole('article', { name: 'Våler Pellets AS' })).toBeTruthy();
    expect(currentLocation()).toBe('/pipeline');
    expect((screen.getByRole('searchbox', { name: 'Søk i bedrifter' }) as HTMLInputElement).value).toBe('');
  });

  it('narrows by owner, target municipality (region first) and target group, all in the address', async () => {
    const byOwner = { ...emptyFilter, ownerIds: [users.ola.id] };
    const byOwnerAndPlace = { ...byOwner, targetMunicipalities: ['3422'] };
    const byAll = { ...byOwnerAndPlace, targetGroups: ['PUBLIC_RELOCATION' as const] };
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(startBoard),
      pipelineMock(board({ contacted: [valerPellets] }), byOwner),
      pipelineMock(board({ contacted: [valerPellets] }), byOwnerAndPlace),
      pipelineMock(board({}), byAll),
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    fireEvent.click(screen.getByRole('button', { name: 'Ansvarlig: Alle' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ola Hansen' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Elverum Tre AS' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Ansvarlig: Ola Hansen' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Vertskommune: Alle' }));
    const region = screen.getByRole('group', { name: 'Regionen' });
    expect(within(region).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual([
      'Elverum',
      'Våler',
      'Åmot',
    ]);
    expect(within(screen.getByRole('group', { name: 'Nabokommuner' })).getByRole('checkbox', { name: 'Trysil' })).toBeTruthy();
    fireEvent.click(within(region).getByRole('checkbox', { name: 'Åmot' }));
    expect(await screen.findByRole('button', { name: 'Vertskommune: Åmot' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Målgruppe: Alle' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Offentlig virksomhet som flyttes' }));

    await waitFor(() => expect(within(columnSection('Kontaktet')).getByText('Ingen bedrifter her.')).toBeTruthy());
    expect(currentLocation()).toBe(`/pipeline?owner=${users.ola.id}&target=3422&group=PUBLIC_RELOCATION`);
  });

  it('opens with the default view when the address has no filter, and names the view', async () => {
    const view = { id: uuid('v1'), name: 'Forsvar', filter: { focusAreaIds: [focusAreas.defence.id] } };
    renderPipeline('/pipeline', [
      savedViewsMock([view], view.id, 5),
      pipelineMock(board({ identified: [renaLogistikk] }), { ...emptyFilter, focusAreaIds: [focusAreas.defence.id] }),
    ]);

    expect(await screen.findByRole('article', { name: 'Rena Logistikk AS' })).toBeTruthy();
    expect(currentLocation()).toBe(`/pipeline?focus=${focusAreas.defence.id}`);
    expect(screen.getByRole('button', { name: 'Visning: Forsvar' })).toBeTruthy();
  });
});

describe('saved views', () => {
  const bio = { id: uuid('v1'), name: 'Bio', filter: { focusAreaIds: [focusAreas.bioeconomy.id] } };
  const health = { id: uuid('v2'), name: 'Helse', filter: { focusAreaIds: [focusAreas.health.id] }, shared: true, mine: false, owner: users.ola };
  const defence = { ...emptyFilter, focusAreaIds: [focusAreas.defence.id] };

  it('saves the current filter as a view, applies a view, picks the default and deletes an own view', async () => {
    vi.stubGlobal('confirm', vi.fn(() => true));
    const saved = { id: uuid('v3'), name: 'Forsvar', filter: { focusAreaIds: [focusAreas.defence.id] }, shared: true };
    renderPipeline(`/pipeline?focus=${focusAreas.defence.id}`, [
      savedViewsMock([bio, health]),
      pipelineMock(board({ identified: [renaLogistikk] }), defence),
      {
        request: { query: SaveViewMutation, variables: { input: { name: 'Forsvar', filter: { focusAreaIds: [focusAreas.defence.id] }, shared: true } } },
        result: { data: { saveView: { __typename: 'SavedView', id: saved.id } } },
      },
      savedViewsMock([bio, saved, health]),
      pipelineMock(board({ identified: [elverumTre] }), { ...emptyFilter, focusAreaIds: [focusAreas.bioeconomy.id] }),
      {
        request: { query: SetDefaultViewMutation, variables: { id: bio.id } },
        result: { data: { setDefaultView: { __typename: 'SavedView', id: bio.id } } },
      },
      {
        request: { query: DeleteViewMutation, variables: { id: bio.id, version: 1 } },
        result: { data: { deleteView: bio.id } },
      },
    ]);
    await screen.findByRole('article', { name: 'Rena Logistikk AS' });

    fireEvent.click(screen.getByRole('button', { name: 'Visninger' }));
    // The views come from their own query, which may answer after the board.
    expect(await screen.findByRole('button', { name: 'Slett «Bio»' })).toBeTruthy();
    // Someone else's shared view: it can be used, not deleted.
    expect(screen.getByText('Delt av Ola Hansen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Slett «Helse»' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Navn på visningen'), { target: { value: 'Forsvar' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Del med teamet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre visning' }));

    expect(await screen.findByText('Visningen «Forsvar» er lagret.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Visning: Forsvar' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Bruk «Bio» som standard' }));
    expect(await screen.findByText('Pipelinen åpner nå med «Bio».')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fjern «Bio» som standard' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Bio' }));
    expect(await screen.findByRole('article', { name: 'Elverum Tre AS' })).toBeTruthy();
    expect(currentLocation()).toBe(`/pipeline?focus=${focusAreas.bioeconomy.id}`);

    fireEvent.click(screen.getByRole('button', { name: 'Visning: Bio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slett «Bio»' }));
    expect(await screen.findByText('Visningen «Bio» er slettet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bio' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Forsvar' })).toBeTruthy();
  });

  it('lets the board keep views for itself, but not share them with the team', async () => {
    renderPipeline(`/pipeline?focus=${focusAreas.defence.id}`, [savedViewsMock(), pipelineMock(board({}), defence)], { viewer: viewers.BOARD });
    fireEvent.click(await screen.findByRole('button', { name: 'Visninger' }));
    expect(screen.getByRole('button', { name: 'Lagre visning' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Del med teamet' })).toBeNull();
  });
});

describe('moving cards', () => {
  let restoreLayout = () => {};
  beforeEach(() => {
    restoreLayout = layOutBoard();
  });
  afterEach(() => restoreLayout());

  it('moves a card with the keyboard at once, and keeps it there when the server agrees', async () => {
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(startBoard),
      moveMock({ id: elverumTre.id, version: 1, stageId: stages.contacted.id, beforeId: valerPellets.id }, moved(elverumTre.id, stages.contacted.id)),
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight']);

    // At once, before the server answers: the card, the counts and the job sums follow.
    expect(cardNames('Kontaktet')).toEqual(['Elverum Tre AS', 'Våler Pellets AS']);
    expect(cardNames('Identifisert')).toEqual(['Rena Logistikk AS']);
    expect(within(columnSection('Kontaktet')).getByText('2 bedrifter')).toBeTruthy();
    expect(within(columnSection('Kontaktet')).getByText('1 205 anslåtte arbeidsplasser')).toBeTruthy();
    expect(screen.getByText('Elverum Tre AS er sluppet i Kontaktet.')).toBeTruthy();

    await act(() => new Promise((resolve) => setTimeout(resolve, serverDelay + 100)));
    expect(cardNames('Kontaktet')).toEqual(['Elverum Tre AS', 'Våler Pellets AS']);
    expect(screen.queryByRole('alert')).toBeNull();
    // The card is active again: no longer marked as standing still.
    expect(within(screen.getByRole('article', { name: 'Elverum Tre AS' })).queryByText('Står stille', { exact: false })).toBeNull();
    // The keyboard user keeps their place: the focus is on the moved card's handle, in its new column.
    expect(document.activeElement).toBe(within(columnSection('Kontaktet')).getByRole('button', { name: 'Flytt Elverum Tre AS' }));
  });

  it('reorders within a column, sending the card it now stands before', async () => {
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(startBoard),
      moveMock({ id: renaLogistikk.id, version: 1, stageId: stages.identified.id, beforeId: elverumTre.id }, moved(renaLogistikk.id, stages.identified.id)),
    ]);
    await screen.findByRole('article', { name: 'Rena Logistikk AS' });

    await moveWithKeyboard('Rena Logistikk AS', ['ArrowUp']);

    expect(cardNames('Identifisert')).toEqual(['Rena Logistikk AS', 'Elverum Tre AS']);
    await act(() => new Promise((resolve) => setTimeout(resolve, serverDelay + 100)));
    expect(cardNames('Identifisert')).toEqual(['Rena Logistikk AS', 'Elverum Tre AS']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the move back and says so when someone else changed the company (CONFLICT), and reloads the board', async () => {
    const reloaded = board({ identified: [renaLogistikk], contacted: [valerPellets], dialogue: [{ ...elverumTre, version: 3 }] });
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(startBoard),
      moveMock(
        { id: elverumTre.id, version: 1, stageId: stages.contacted.id, beforeId: valerPellets.id },
        { errors: [{ message: 'Bedriften er endret av noen andre. Last inn på nytt.', extensions: { code: 'CONFLICT' } }] },
      ),
      pipelineMock(reloaded),
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight']);
    expect(cardNames('Kontaktet')).toEqual(['Elverum Tre AS', 'Våler Pellets AS']);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Noen andre har endret «Elverum Tre AS» — tavla er lastet på nytt.');
    // Not where it was dropped: back, and then where the server says it is now.
    expect(cardNames('Kontaktet')).toEqual(['Våler Pellets AS']);
    await waitFor(() => expect(cardNames('I dialog')).toEqual(['Elverum Tre AS']));
    expect(within(columnSection('Kontaktet')).getByText('1 bedrift')).toBeTruthy();
  });

  it('takes the move back with the reason when the server refuses it for another cause', async () => {
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(startBoard, emptyFilter, 2),
      {
        request: { query: MovePipelineCardMutation, variables: () => true },
        error: new TypeError('Failed to fetch'),
        delay: 20,
      },
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight']);

    expect((await screen.findByRole('alert')).textContent).toContain(
      '«Elverum Tre AS» ble ikke flyttet: Får ikke kontakt med serveren.',
    );
    expect(cardNames('Identifisert')).toEqual(['Elverum Tre AS', 'Rena Logistikk AS']);
  });

  it('asks for jobs and residents before a card lands on Etablert; cancel leaves it where it was', async () => {
    const deciding = board({ decision: [elverumTre] });
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(deciding),
      moveMock(
        { id: elverumTre.id, version: 1, stageId: stages.won.id, beforeId: null, realizedJobs: 1200, newResidents: 40 },
        moved(elverumTre.id, stages.won.id),
      ),
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight']);
    const dialog = await screen.findByRole('dialog', { name: 'Flytt Elverum Tre AS til Etablert' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cardNames('Beslutning')).toEqual(['Elverum Tre AS']);

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight']);
    const again = await screen.findByRole('dialog', { name: 'Flytt Elverum Tre AS til Etablert' });
    fireEvent.click(within(again).getByRole('button', { name: 'Flytt til Etablert' }));
    expect(within(again).getByRole('alert').textContent).toBe(
      'Skriv antall arbeidsplasser og nye innbyggere som hele tall (0 er lov).',
    );
    fireEvent.change(within(again).getByLabelText('Realiserte arbeidsplasser'), { target: { value: `1${nbsp}200` } });
    fireEvent.change(within(again).getByLabelText('Nye innbyggere (tilflytting)'), { target: { value: '40' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Flytt til Etablert' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    // Moved before the server has answered.
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(cardNames('Beslutning')).toEqual([]);
    expect(within(columnSection('Etablert')).getByText('1 bedrift')).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, serverDelay + 100)));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks why before a card lands on Avsluttet', async () => {
    renderPipeline('/pipeline', [
      savedViewsMock(),
      pipelineMock(board({ decision: [elverumTre] })),
      moveMock(
        { id: elverumTre.id, version: 1, stageId: stages.lost.id, beforeId: null, lostReason: 'Valgte Sverige' },
        moved(elverumTre.id, stages.lost.id),
      ),
    ]);
    await screen.findByRole('article', { name: 'Elverum Tre AS' });

    await moveWithKeyboard('Elverum Tre AS', ['ArrowRight', 'ArrowRight']);
    const dialog = await screen.findByRole('dialog', { name: 'Flytt Elverum Tre AS til Avsluttet' });
    fireEvent.change(within(dialog).getByLabelText('Årsak'), { target: { value: ' Valgte Sverige ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Avsluttet' }));

    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(within(columnSection('Avsluttet')).getByText('1 bedrift')).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, serverDelay + 100)));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives the board no way to move cards: no handles, and the keyboard lifts nothing', async () => {
    renderPipeline('/pipeline', [savedViewsMock(), pipelineMock(startBoard)], { viewer: viewers.BOARD });
    const elverum = await screen.findByRole('article', { name: 'Elverum Tre AS' });

    expect(screen.queryAllByRole('button', { name: /^Flytt / })).toEqual([]);
    expect(document.querySelector('[aria-roledescription]')).toBeNull();
    fireEvent.keyDown(elverum, { key: ' ', code: 'Space' });
    fireEvent.keyDown(within(elverum).getByRole('link'), { key: 'Enter', code: 'Enter' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText(/Løftet/)).toBeNull();
    expect(cardNames('Identifisert')).toEqual(['Elverum Tre AS', 'Rena Logistikk AS']);
  });
});
