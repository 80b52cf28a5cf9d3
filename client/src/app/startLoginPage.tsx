import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import LoginPage from './routes/LoginPage';

/** The login page on its own, for a visitor who is not signed in: no data layer, no app. */
export function startLoginPage(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <LoginPage />
      </BrowserRouter>
    </StrictMode>,
  );
}
