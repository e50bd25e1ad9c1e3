/** The `text` widget: one line of text; a mobile number opens the phone keypad. The fallback of every field. */
import { defineWidget } from '../widget.js';

/** One line of text (every field no other widget claims). */
export const textWidget = defineWidget({
  name: 'text',
  test: () => 1,
  input: { type: 'text', inputmode: (info) => (info.format === 'cn-mobile' ? 'tel' : undefined) },
});
