import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  // The config's own folder, so the build works from the repository root as well as from client/.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // rxjs (under Apollo Client) ships an ES2015 build beside its ES5 one: smaller, and no tslib.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
