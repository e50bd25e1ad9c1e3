/** The `select` widget: a native `<select>` for more than four choices, or an index into a list of the declaration (`x-item-of`). */
import { html } from 'lit';
import { t } from '../../ui-texts.js';
import { defineWidget } from '../widget.js';

/** A drop-down of the field's choices, with 请选择 first. */
export const selectWidget = defineWidget({
  name: 'select',
  test: ({ info, options }) => (info.itemOf ? 100 : options && options.length > 4 && info.type !== 'array' ? 50 : undefined),
  render: ({ spec, value, id, required, invalid, describedBy, locale, onChange }) => {
    const str = value === undefined || value === null ? '' : String(value);
    return html`<select part="control" id=${id} aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onChange}>
      <option value="" ?selected=${str === ''}>${t('choose', locale)}</option>
      ${(spec.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === str}>${o.label}</option>`)}
    </select>`;
  },
});
