/**
 * Issue 10 item 9, the Vue host (examples/vue), by the shared host test (host-kit/test/host-suite.ts);
 * its templates type-check with vue-tsc and `strictTemplates`.
 */
import { join } from 'node:path';
import { hostSuite } from '../host-kit/test/host-suite.js';

const root = join(import.meta.dirname, '..', '..');

hostSuite({
  host: 'vue',
  title: 'Vue host (examples/vue)',
  typecheck: { name: 'vue-tsc --noEmit, strictTemplates', command: process.execPath, args: [join(root, 'examples/vue/node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', join(root, 'examples/vue')] },
});
