/**
 * Vite for the Vue host: 127.0.0.1:5175, `/api/*` proxied to the reference server (one origin, so
 * the session cookie is first-party), the workspace packages' sources through their `source`
 * export condition. Vue's template compiler is told that `shenbao-*` tags are custom elements, so
 * it leaves them to the browser instead of resolving them as Vue components.
 */
import vue from '@vitejs/plugin-vue';
import { hostPage, hostServer } from '../host-kit/src/vite-host.js';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [hostPage(), vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('shenbao-') } } })],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ...hostServer(5175),
  build: { target: 'es2022' },
});
