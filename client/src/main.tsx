import { fetchViewer } from './features/auth/authRequests';
import { loginPath, loginRoute } from './features/auth/nextPath';
import { i18nReady } from './shared/i18n/i18n';
import './shared/ui/theme.css';

/**
 * Asks who is signed in before loading the app. A visitor who is not gets the login page
 * alone, without the data layer (Apollo Client is about a third of the app's JavaScript):
 * the first visit stays within its budget (budgets.md). A signed-in user gets the app, its
 * cache starting from this answer.
 */
async function start(root: HTMLElement) {
  // Rendered once the stored language is loaded, so an English user never sees a flash of bokmål.
  const [viewer] = await Promise.all([fetchViewer().catch(() => undefined), i18nReady]);
  const { pathname, search } = window.location;
  if (viewer === null) {
    if (pathname !== loginRoute) window.history.replaceState(null, '', loginPath(pathname + search));
    (await import('./app/startLoginPage')).startLoginPage(root);
  } else {
    // undefined: the server could not be asked; the app's session gate asks again and offers a retry.
    (await import('./app/startApp')).startApp(root, viewer);
  }
}

void start(document.getElementById('root')!);
