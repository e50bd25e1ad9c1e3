/** The `id-number` widget: a document number (resident ID, permits, passport) checked as it is typed. */
import { defineWidget, rankWith } from '../widget.js';

/** The document formats of core whose numbers this widget takes. */
const documentFormats = new Set(['cn-id', 'cn-residence-permit', 'hk-macau-permit', 'tw-permit', 'passport', 'military-officer']);

/** A document number with live format feedback (the same format function ajv uses). */
export const idNumberWidget = defineWidget({
  name: 'id-number',
  test: rankWith(40, ({ info }) => info.format !== undefined && documentFormats.has(info.format)),
  input: { type: 'text', inputmode: () => 'text' },
  liveFormat: true,
});
