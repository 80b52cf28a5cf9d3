import 'i18next';
import type data from './data.nb.json';
import type nb from './nb.json';
import type pipeline from './pipeline.nb.json';
import type prospect from './prospect.nb.json';
import type settings from './settings.nb.json';
import type statistics from './statistics.nb.json';

// Makes t() keys type-checked against the bokmål resources (the first load's, the settings', story 1's, story 2's and story 3's pages', and issue 7's data-in-and-out pages').
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb & typeof settings & typeof prospect & typeof pipeline & typeof statistics & typeof data };
  }
}
