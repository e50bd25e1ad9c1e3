/** RJSF 6 (React, ajv8 validator): sections as nested objects, the 10th field as a property dependency of the 9th, live validation. */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { start } from '../../ui/page/measure.js';
import { fieldKey, fieldLabel, isConditional, n, peerSubject, stage, syntheticSections, until, visibleAtStart } from './peer.js';

let data: Record<string, Record<string, string | undefined>> = {};
const sectionOf = (i: number) => `s${String(Math.floor((i - 1) / 10) + 1).padStart(3, '0')}`;
const field = (i: number) => ({ type: 'string', title: fieldLabel(i), maxLength: 50, minLength: 1 });
await start(
  peerSubject(
    async () => {
      const properties: Record<string, unknown> = {};
      for (const s of syntheticSections(n)) {
        const own: Record<string, unknown> = {};
        const dependencies: Record<string, unknown> = {};
        for (const key of s.keys) {
          const i = Number(key.slice(1));
          if (isConditional(i)) dependencies[fieldKey(i - 1)] = { properties: { [key]: field(i) }, required: [key] };
          else own[key] = field(i);
        }
        properties[s.id] = { type: 'object', title: s.title, properties: own, required: Object.keys(own), dependencies };
      }
      const schema = { type: 'object', properties } as never;
      createRoot(stage).render(h(Form, { schema, validator, liveValidate: true, showErrorList: false, onChange: (e: { formData?: unknown }) => void (data = e.formData as typeof data) } as never));
      await until(() => stage.querySelectorAll('input').length, visibleAtStart, 'RJSF');
    },
    (i) => document.getElementById(`root_${sectionOf(i)}_${fieldKey(i)}`) as HTMLInputElement | null,
    (i) => data[sectionOf(i)]?.[fieldKey(i)],
  ),
  n,
);
