/** The `radio` widget: up to four choices side by side as native radios. */
import { html } from 'lit';
import { defineWidget } from '../widget.js';

/** A radiogroup of the field's choices (four or fewer). */
export const radioWidget = defineWidget({
  name: 'radio',
  group: true,
  test: ({ info, options }) => (options && options.length <= 4 && info.type !== 'array' && !info.itemOf ? 50 : undefined),
  render: ({ spec, value, name, labelId, required, invalid, describedBy, onChange }) => {
    const str = value === undefined || value === null ? '' : String(value);
    return html`<div part="control" class="choices" role="radiogroup" aria-labelledby=${labelId} aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}>
      ${(spec.options ?? []).map((o) => html`<label class="choice"><input type="radio" name=${name} value=${o.value} .checked=${o.value === str} @change=${onChange} />${o.label}</label>`)}
    </div>`;
  },
});
