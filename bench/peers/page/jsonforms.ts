/** JSON Forms 3 (React, vanilla renderers): groups of 10, a SHOW rule on every 10th control, validate and show on every change. */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { start } from '../../ui/page/measure.js';
import { fieldKey, isConditional, n, peerSections, peerSubject, stage, until, visibleAtStart } from './peer.js';

let data: Record<string, string | undefined> = {};
await start(
  peerSubject(
    async () => {
      const properties: Record<string, unknown> = {};
      const required: string[] = [];
      for (let i = 1; i <= n; i++) {
        properties[fieldKey(i)] = { type: 'string', minLength: 1, maxLength: 50 };
        if (!isConditional(i)) required.push(fieldKey(i));
      }
      const uischema = {
        type: 'VerticalLayout',
        elements: peerSections().map((s) => ({
          type: 'Group',
          label: s.title,
          elements: s.fields.map((f) => ({
            type: 'Control',
            scope: `#/properties/${f.key}`,
            label: f.label,
            ...(f.after ? { rule: { effect: 'SHOW', condition: { scope: `#/properties/${f.after}`, schema: { minLength: 1 }, failWhenUndefined: true } } } : {}),
          })),
        })),
      };
      createRoot(stage).render(
        h(JsonForms, { schema: { type: 'object', properties, required } as never, uischema: uischema as never, data, renderers: vanillaRenderers, cells: vanillaCells, validationMode: 'ValidateAndShow', onChange: (e: { data: unknown }) => void (data = e.data as typeof data) }),
      );
      await until(() => [...stage.querySelectorAll('input')].filter((x) => x.checkVisibility()).length, visibleAtStart, 'JSON Forms');
    },
    (i) => document.getElementById(`#/properties/${fieldKey(i)}-input`) as HTMLInputElement | null,
    (i) => data[fieldKey(i)],
  ),
  n,
);
