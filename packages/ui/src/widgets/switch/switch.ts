/** The `switch` widget: an on/off checkbox with the switch role (only where a layout names it). */
import { html } from 'lit';
import { defineWidget } from '../widget.js';

/** An on/off switch; chosen by a layout's `widget: "switch"`. */
export const switchWidget = defineWidget({
  name: 'switch',
  render: ({ value, id, invalid, describedBy, emit }) =>
    html`<input part="control" id=${id} type="checkbox" role="switch" .checked=${value === true} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${(e: Event) => {
      e.stopPropagation();
      emit((e.target as HTMLInputElement).checked, true);
    }} />`,
});
