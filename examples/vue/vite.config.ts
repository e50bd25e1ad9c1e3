/**
 * Vite for the Vue host: 127.0.0.1:5175, `/api/*` proxied to the reference server (one origin, so
 * the session cookie is first-party), the workspace packages' sources through their `source`
 * export condition. Vue's template compiler is told that `shenbao-*` tags are custom elements, so
 * it leaves them to the browser instead of resolving them as Vue components.
 */
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where the reference server listens (`pnpm serve`, or the test's own). */
const api = process.env.SHENBAO_API ?? 'http://127.0.0.1:8787';
const proxy = { '/api': { target: api, rewrite: (path: string) => path.replace(/^\/api/, '') } };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('shenbao-') } } })],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5175, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 5175, strictPort: true, proxy },
  build: { target: 'es2022' },
});
