/**
 * Vite for the React host: 127.0.0.1:5174, `/api/*` proxied to the reference server (so the page and
 * the API share one origin and the session cookie is first-party), the workspace packages'
 * TypeScript sources used directly through their `source` export condition (no build needed).
 */
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where the reference server listens (`pnpm serve`, or the test's own). */
const api = process.env.SHENBAO_API ?? 'http://127.0.0.1:8787';
const proxy = { '/api': { target: api, rewrite: (path: string) => path.replace(/^\/api/, '') } };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5174, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 5174, strictPort: true, proxy },
  build: {
    target: 'es2022',
    // wrong-order.html: the pitfall (rendered before define) that the form reports; a check, not an example to copy.
    rolldownOptions: { input: { main: `${import.meta.dirname}/index.html`, 'wrong-order': `${import.meta.dirname}/wrong-order.html` } },
  },
});
