/**
 * Issue 10 item 9, the React host (examples/react), by the shared host test (host-kit/test/host-suite.ts),
 * and issue 13 item 10: rendered before `@shenbao/ui/define` (wrong-order.html), real React 19
 * writes `definition="[object Object]"` and the form says so instead of staying blank.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { shotsDir } from '../host-kit/test/host-harness.js';
import { hostSuite } from '../host-kit/test/host-suite.js';

const root = join(import.meta.dirname, '..', '..');

hostSuite({
  host: 'react',
  title: 'React host (examples/react)',
  typecheck: { name: 'tsc --noEmit', command: join(root, 'node_modules/.bin/tsc'), args: ['--noEmit', '-p', join(root, 'examples/react')] },
  more: (harness) => {
    it('rendered before @shenbao/ui/define (wrong-order.html), React writes definition="[object Object]" and the form says so, on screen and in the console', async () => {
      const h = harness();
      h.consoleErrors.length = 0;
      await h.page.goto(`${h.url}wrong-order.html`);
      const alert = h.page.locator('shenbao-form').getByRole('alert');
      await alert.waitFor();
      expect(await h.page.locator('shenbao-form').getAttribute('definition')).toBe('[object Object]');
      expect(await alert.textContent()).toContain("请在渲染之前 import '@shenbao/ui/define'");
      await h.page.screenshot({ path: join(shotsDir, 'react-wrong-order.png') });
      expect(h.consoleErrors.filter((e) => e.startsWith('shenbao:'))).toEqual([expect.stringContaining('got "definition" as an HTML attribute ("[object Object]")')]);
    }, 60_000);
  },
});
