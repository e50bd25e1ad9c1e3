/// <reference types="vite/client" />
/**
 * shenbao's bench page (`shenbao.html?n=1000[&pre]`): `<shenbao-form>` with a fresh definition
 * object made on this page load (so nothing is cached), the rules applied on every keystroke
 * (`evaluateDelay = 0`). `pre`: with the precompiled (standalone) validator the bench generated for this N, as a
 * page that ships a built-in form does; without it the schema is compiled with ajv in the page.
 */
import '../../../packages/ui/src/define.js';
import type { ShenbaoField, ShenbaoForm } from '../../../packages/ui/src/index.js';
import type { DataValidator } from '@shenbao/core';
import { syntheticForm, syntheticYear, fieldKey } from '../synthetic.js';
import { start, task } from './measure.js';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 100);
const precompiled = params.has('pre');
let form: ShenbaoForm;
let fields: ShenbaoField[] = [];
const validators = import.meta.glob<{ default: DataValidator }>('./.gen/validator-*.js');

function evaluated(): Promise<void> {
  return new Promise((resolve) => form.addEventListener('shenbao-evaluated', () => resolve(), { once: true }));
}

await start(
  {
    async mount() {
      const validator = precompiled ? (await validators[`./.gen/validator-${n}.js`]!()).default : undefined;
      const { definition, pack } = syntheticForm(n);
      form = document.createElement('shenbao-form');
      form.draftKey = '';
      form.context = {};
      form.evaluateDelay = 0; // the rules applied on every keystroke, whatever they cost (the default falls back to a typing pause past a frame)
      form.definition = definition;
      form.rules = pack;
      form.year = syntheticYear;
      if (validator) form.validator = validator;
      const first = evaluated();
      document.getElementById('stage')!.append(form);
      await form.updateComplete;
      if (!form.evaluation) await first;
      await form.updateComplete;
      fields = [...form.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')];
      await Promise.all(fields.map((f) => f.updateComplete));
      const inputs = fields.reduce((sum, f) => sum + (f.shadowRoot?.querySelectorAll('input').length ?? 0), 0);
      if (inputs !== n) throw new Error(`only ${inputs} of ${n} inputs`);
    },
    control: (i) => fields[i - 1]!.shadowRoot!.querySelector('input')!,
    async settle(i) {
      // The rules run on the keystroke when their evaluation arrives before the next task.
      let done = false;
      const shown = evaluated().then(() => (done = true));
      await Promise.race([shown, task()]);
      const deferred = !done;
      if (deferred) await shown;
      await form.updateComplete;
      await fields[i - 1]!.updateComplete;
      if (i % 10 === 9 && fields[i]) await fields[i]!.updateComplete;
      return { deferred };
    },
    shown: (i) => !fields[i - 1]!.hidden,
    stored: (i) => (form.value as Record<string, unknown>)[fieldKey(i)],
  },
  n,
);
