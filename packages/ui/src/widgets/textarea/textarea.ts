/** The `textarea` widget: long text (over 200 characters allowed), or a list without choices. */
import { html, nothing } from 'lit';
import { defineWidget } from '../widget.js';

/** Several lines of text. */
export const textareaWidget = defineWidget({
  name: 'textarea',
  test: ({ info, itemInfo, options }) => {
    if (info.type === 'array') return itemInfo && options ? undefined : 90;
    const max = info.schema.maxLength;
    return typeof max === 'number' && max > 200 ? 20 : undefined;
  },
  render: ({ spec, value, id, required, invalid, describedBy, onInput, onChange }) => {
    const maxLength = typeof spec.info.schema.maxLength === 'number' ? spec.info.schema.maxLength : undefined;
    return html`<textarea part="control" id=${id} rows="4" .value=${value === undefined || value === null ? '' : String(value)} maxlength=${maxLength ?? nothing}
      aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} placeholder=${spec.placeholder ?? nothing}
      @input=${onInput} @change=${onChange}></textarea>`;
  },
});
