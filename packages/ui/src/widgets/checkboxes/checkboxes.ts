/** The `checkboxes` widget: a list field with choices, one checkbox each (the value in the choices' order). */
import { html } from 'lit';
import { defineWidget, rankWith } from '../widget.js';

/** One checkbox per choice of an array field. */
export const checkboxesWidget = defineWidget({
  name: 'checkboxes',
  group: true,
  test: rankWith(90, ({ info, itemInfo, options }) => info.type === 'array' && itemInfo !== undefined && options !== undefined),
  render: ({ spec, value, labelId, invalid, describedBy, emit }) => {
    const selected = new Set(Array.isArray(value) ? value.map(String) : []);
    const toggle = (code: string, on: boolean) => {
      const next = (spec.options ?? []).map((o) => o.value).filter((v) => (v === code ? on : selected.has(v)));
      emit(next.length ? next : undefined, true);
    };
    return html`<div part="control" class="choices" role="group" aria-labelledby=${labelId} aria-invalid=${invalid} aria-describedby=${describedBy}>
      ${(spec.options ?? []).map(
        (o) => html`<label class="choice"><input type="checkbox" value=${o.value} .checked=${selected.has(o.value)} @change=${(e: Event) => {
          e.stopPropagation();
          toggle(o.value, (e.target as HTMLInputElement).checked);
        }} />${o.label}</label>`,
      )}
    </div>`;
  },
});
