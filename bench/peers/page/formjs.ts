/** form-js viewer 2 (bpmn.io): groups of 10, a FEEL `hide` condition on every 10th field, required + maxLength validation. */
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { start } from '../../ui/page/measure.js';
import { fieldKey, fieldLabel, isConditional, n, peerSubject, stage, syntheticSections, until, visibleAtStart } from './peer.js';

let form: Form;
await start(
  peerSubject(
    async () => {
      form = new Form({ container: stage });
      await form.importSchema({
        type: 'default',
        id: 'bench',
        components: syntheticSections(n).map((s) => ({
          type: 'group',
          id: s.id,
          label: s.title,
          components: s.keys.map((key) => {
            const i = Number(key.slice(1));
            return {
              type: 'textfield',
              id: key,
              key,
              label: fieldLabel(i),
              validate: { required: true, maxLength: 50 },
              ...(isConditional(i) ? { conditional: { hide: `=${fieldKey(i - 1)} = null or ${fieldKey(i - 1)} = ""` } } : {}),
            };
          }),
        })),
      });
      await until(() => stage.querySelectorAll('input').length, visibleAtStart, 'form-js');
    },
    (i) => stage.querySelector(`input[name="${fieldKey(i)}"]`) ?? (stage.querySelector(`[id$="-${fieldKey(i)}"]`) as HTMLInputElement | null),
    (i) => (form as unknown as { _getState(): { data: Record<string, unknown> } })._getState().data[fieldKey(i)],
  ),
  n,
);
