/** The `year` widget: a year as a number (only where a layout names it). */
import { defineWidget } from '../widget.js';

/** A year typed as a number; chosen by a layout's `widget: "year"`. */
export const yearWidget = defineWidget({ name: 'year', input: { type: 'number', inputmode: () => 'numeric' } });
