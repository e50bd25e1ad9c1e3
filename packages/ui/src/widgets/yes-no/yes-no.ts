/**
 * The `yes-no` widget (COMMON-10): 是 / 否 as two native radios — a radiogroup, so arrow keys move
 * and choose and a screen reader announces "1 of 2"; unanswered until one is chosen, so "required"
 * means answered.
 */
import { html } from 'lit';
import { t } from '../../ui-texts.js';
import { defineWidget, rankWith } from '../widget.js';

/** 是/否 for a boolean question. */
export const yesNoWidget = defineWidget({
  name: 'yes-no',
  group: true,
  test: rankWith(70, ({ info }) => info.type === 'boolean'),
  render: ({ value, name, labelId, required, invalid, describedBy, locale, onChange }) =>
    html`<div part="control" class="choices yes-no" role="radiogroup" aria-labelledby=${labelId} aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}>
      ${[true, false].map(
        (answer) => html`<label class="choice segment"><input type="radio" name=${name} value=${String(answer)} .checked=${value === answer} @input=${(e: Event) => e.stopPropagation()} @change=${onChange} /><span>${t(answer ? 'yes' : 'no', locale)}</span></label>`,
      )}
    </div>`,
});
