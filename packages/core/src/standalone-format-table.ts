/**
 * The default export of `@shenbao/core/standalone-formats`: every format {@link createAjv} registers,
 * by name, exactly as it registers it — ajv-formats' full formats and the `validate` function of each
 * of shenbao's own formats. A module of its own, so that importing one format by itself from
 * `standalone-formats` does not evaluate ajv-formats' whole CommonJS table.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { createAjv } from './ajv-setup.js';
import { formats } from './formats/index.js';

/** Every format ajv knows in shenbao, by name, as ajv got it. */
const standaloneFormats: Record<string, unknown> = { ...fullFormats };
for (const format of formats) standaloneFormats[format.name] = format.validate;
export default standaloneFormats;
