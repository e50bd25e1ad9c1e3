/** SurveyJS (survey-core + survey-js-ui, framework-free): panels of 10, `visibleIf`, errors on every value change, values on typing. */
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';
import { start } from '../../ui/page/measure.js';
import { fieldKey, n, peerSections, peerSubject, stage, until, visibleAtStart } from './peer.js';

let model: Model;
const inputOf = (i: number) => {
  const q = model.getQuestionByName(fieldKey(i));
  return q ? (document.getElementById(q.inputId) as HTMLInputElement | null) : null;
};
await start(
  peerSubject(
    async () => {
      model = new Model({
        textUpdateMode: 'onTyping',
        checkErrorsMode: 'onValueChanged',
        pages: [
          {
            name: 'all',
            elements: peerSections().map((s) => ({
              type: 'panel',
              name: s.id,
              title: s.title,
              elements: s.fields.map((f) => ({ type: 'text', name: f.key, title: f.label, isRequired: true, maxLength: 50, ...(f.after ? { visibleIf: `{${f.after}} notempty` } : {}) })),
            })),
          },
        ],
      });
      renderSurvey(model, stage);
      await until(() => stage.querySelectorAll('input').length, visibleAtStart, 'SurveyJS');
    },
    inputOf,
    (i) => model.getValue(fieldKey(i)),
  ),
  n,
);
