/** form-js viewer 2 (bpmn.io): groups of 10, a FEEL `hide` condition on every 10th field, required + maxLength validation. */
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { start } from '../../ui/page/measure.js';
import { fieldKey, n, peerSections, peerSubject, stage, until, visibleAtStart } from './peer.js';

let form: Form;
await start(
  peerSubject(
    async () => {
      form = new Form({ container: stage });
      await form.importSchema({
        type: 'default',
        id: 'bench',
        components: peerSections().map((s) => ({
          type: 'group',
          id: s.id,
          label: s.title,
          components: s.fields.map((f) => ({ type: 'textfield', id: f.key, key: f.key, label: f.label, validate: { required: true, maxLength: 50 }, ...(f.after ? { conditional: { hide: `=${f.after} = null or ${f.after} = ""` } } : {}) })),
        })),
      });
      await until(() => stage.querySelectorAll('input').length, visibleAtStart, 'form-js');
    },
    (i) => stage.querySelector(`input[name="${fieldKey(i)}"]`) ?? (stage.querySelector(`[id$="-${fieldKey(i)}"]`) as HTMLInputElement | null),
    (i) => (form as unknown as { _getState(): { data: Record<string, unknown> } })._getState().data[fieldKey(i)],
  ),
  n,
);
