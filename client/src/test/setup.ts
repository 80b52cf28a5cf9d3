import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { changeLanguage, i18nReady } from '../shared/i18n/i18n';

await i18nReady;

// CI runs every suite at once on two cores: give findBy/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });

// Every test starts in bokmål with nothing remembered.
afterEach(async () => {
  cleanup();
  await changeLanguage('nb');
  localStorage.clear();
});
