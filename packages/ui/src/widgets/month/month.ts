/** The `month` widget: the browser's month picker (only where a layout names it). */
import { defineWidget } from '../widget.js';

/** A native month picker; chosen by a layout's `widget: "month"`. */
export const monthWidget = defineWidget({ name: 'month', input: { type: 'month' } });
