/** The `date` widget: the browser's date picker for `format: date`. */
import { defineWidget, rankWith } from '../widget.js';

/** A native date picker for `format: "date"` fields. */
export const dateWidget = defineWidget({
  name: 'date',
  test: rankWith(40, ({ info }) => info.format === 'date'),
  input: { type: 'date' },
});
