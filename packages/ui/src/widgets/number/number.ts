/** The `number` widget: an integer or number field, with the numeric keypad. */
import { defineWidget, rankWith } from '../widget.js';

/** A number input for `integer` and `number` fields. */
export const numberWidget = defineWidget({
  name: 'number',
  test: rankWith(30, ({ info }) => info.type === 'integer' || info.type === 'number'),
  input: { type: 'number', inputmode: () => 'numeric' },
});
