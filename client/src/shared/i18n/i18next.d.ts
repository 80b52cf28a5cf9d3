import 'i18next';
import type nb from './nb.json';

// Makes t() keys type-checked against the bokmål resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
