/**
 * Vite for the React host: 127.0.0.1:5174, `/api/*` proxied to the reference server (so the page and
 * the API share one origin and the session cookie is first-party), the workspace packages'
 * TypeScript sources used directly through their `source` export condition (no build needed).
 */
import react from '@vitejs/plugin-react';
import { hostPage, hostServer } from '../host-kit/src/vite-host.js';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [hostPage(), react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ...hostServer(5174),
  build: {
    target: 'es2022',
    // wrong-order.html: the pitfall (rendered before define) that the form reports; a check, not an example to copy.
    rolldownOptions: { input: { main: `${import.meta.dirname}/index.html`, 'wrong-order': `${import.meta.dirname}/wrong-order.html` } },
  },
});
