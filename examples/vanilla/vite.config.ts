/**
 * Vite for the demo page: 127.0.0.1:5173, `/api/*` proxied to the reference server (so the page and
 * the API share one origin), and the workspace packages' TypeScript sources used directly through
 * their `source` export condition (no build needed).
 */
import { defaultClientConditions, defineConfig } from 'vite';

/** Where the reference server listens (dev.mjs starts it). */
const api = process.env.SHENBAO_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: api, rewrite: (path) => path.replace(/^\/api/, '') } },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: { target: 'es2022' },
});
