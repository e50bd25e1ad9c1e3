/**
 * What NOT to do, kept as a check (`wrong-order.html`; react-host.test.ts opens it): React renders
 * `<shenbao-form>` before `@shenbao/ui/define` has loaded. React 19 then writes
 * `definition="[object Object]"` as an attribute, since the element has no such property yet — and
 * the form, once defined, says so on screen and in the console instead of staying blank.
 * The right order is main.tsx's: define first, then render.
 */
import type {} from '@shenbao/ui/react';
import '@shenbao/example-host-kit/host.css';
import type { ServedForm } from '@shenbao/example-host-kit/reference-server';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  fetch('/api/forms/work-unit')
    .then((response) => response.json())
    .then((served: ServedForm) => {
      flushSync(() => root.render(<shenbao-form definition={served.definition} rules={served.pack} draftKey="" />));
      return import('@shenbao/ui/define');
    });
}
