import 'i18next';
import type nb from './nb.json';
import type settings from './settings.nb.json';

// Makes t() keys type-checked against the bokmål resources (the first load's and the settings').
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb & typeof settings };
  }
}
