import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './scripts/inlineGraphqlDocuments.ts';

const api = 'http://127.0.0.1:4000';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // The config's own folder, so the build works from the repository root as well as from client/.
  root,
  // Each chunk gets only the GraphQL documents it uses (see the plugin).
  plugins: [inlineGraphqlDocuments(`${root}src/gql/`), react()],
  resolve: {
    // rxjs (under Apollo Client) ships an ES2015 build beside its ES5 one: smaller, and no tslib.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/calendar': api,
      '/import': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
