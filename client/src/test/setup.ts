import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { changeLanguage, i18nReady } from '../shared/i18n/i18n';

await i18nReady;

// Every test starts in bokmål with nothing remembered.
afterEach(async () => {
  cleanup();
  await changeLanguage('nb');
  localStorage.clear();
});
