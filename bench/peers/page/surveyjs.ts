/** SurveyJS (survey-core + survey-js-ui, framework-free): panels of 10, `visibleIf`, errors on every value change, values on typing. */
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';
import { start } from '../../ui/page/measure.js';
import { fieldKey, fieldLabel, isConditional, n, peerSubject, stage, syntheticSections, until, visibleAtStart } from './peer.js';

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
            elements: syntheticSections(n).map((s) => ({
              type: 'panel',
              name: s.id,
              title: s.title,
              elements: s.keys.map((key) => {
                const i = Number(key.slice(1));
                return { type: 'text', name: key, title: fieldLabel(i), isRequired: true, maxLength: 50, ...(isConditional(i) ? { visibleIf: `{${fieldKey(i - 1)}} notempty` } : {}) };
              }),
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
