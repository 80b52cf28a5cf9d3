import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

const navLabels = () =>
  within(screen.getByRole('navigation')).getAllByRole('link').map((link) => link.textContent);

describe('AppLayout', () => {
  it('shows the product name and the sections in bokmål, marking the current one', async () => {
    renderAt('/meetings');
    expect(screen.getByText('Magnet')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeTruthy();
    expect(navLabels()).toEqual(['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Møter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Møter' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Bedrifter' }).getAttribute('aria-current')).toBeNull();
  });

  it('switches to English and back, and remembers the choice', async () => {
    renderAt('/statistics');
    await screen.findByRole('heading', { level: 1, name: 'Statistikk' });
    expect(screen.getByRole('button', { name: 'Norsk' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(navLabels()).toEqual(['Pipeline', 'Companies', 'Meetings', 'Statistics', 'Settings']));
    expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('magnet.language')).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Norsk' }));

    await waitFor(() => expect(navLabels()).toContain('Bedrifter'));
    expect(document.documentElement.lang).toBe('nb');
    expect(localStorage.getItem('magnet.language')).toBe('nb');
  });

  it('sends / to the pipeline, which says plainly that it is not built yet', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ikke bygget ennå' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se alle bedrifter' }).getAttribute('href')).toBe('/companies');
    expect(screen.getByRole('link', { name: 'Pipeline' }).getAttribute('aria-current')).toBe('page');
  });

  it('answers an unknown address with a page that says so', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });
});
