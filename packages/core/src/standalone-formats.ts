/**
 * What precompiled (standalone) validators import at run time, so a page under a strict
 * Content-Security-Policy (`script-src 'self'`, no `new Function`) validates without compiling:
 *
 * - the default export: every format {@link createAjv} registers, exactly as it registers it —
 *   ajv-formats' full formats (objects, functions and regular expressions as ajv-formats hands them
 *   to ajv) and the `validate` function of each of shenbao's own formats (`cn-id`, `cn-mobile` …);
 *   the generated code reads them by name (`formats["cn-id"]`);
 * - ajv's runtime helpers the generated code needs (string length in code points, deep equality,
 *   URI resolution, the async validation error), from the ajv copy core itself uses, so a package
 *   holding generated validators needs no ajv of its own.
 *
 * `scripts/gen-validators.ts` compiles each built-in form with `code.formats` pointing here.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import * as uriModule from 'ajv/dist/runtime/uri.js';
import * as validationErrorModule from 'ajv/dist/runtime/validation_error.js';
import { formats } from './formats/index.js';

/**
 * The `default` export of one of ajv's CommonJS runtime modules, however it was loaded: Node gives
 * `module.exports` as the namespace's default, bundlers give `exports.default` for `__esModule` files.
 */
function runtimeDefault<T>(namespace: unknown): T {
  const m = (namespace as { default?: unknown }).default ?? namespace;
  return ((m as { __esModule?: boolean }).__esModule ? (m as { default: unknown }).default : m) as T;
}

/** Every format ajv knows in shenbao, by name, as ajv got it (see the module comment). */
const standaloneFormats: Record<string, unknown> = { ...fullFormats };
for (const format of formats) standaloneFormats[format.name] = format.validate;
export default standaloneFormats;

/** ajv's `ucs2length` (string length in Unicode code points, for minLength/maxLength). */
export const ajvUcs2length: (value: string) => number = /* @__PURE__ */ runtimeDefault(ucs2lengthModule);
/** ajv's deep equality (for const, enum and uniqueItems over objects). */
export const ajvEqual: (a: unknown, b: unknown) => boolean = /* @__PURE__ */ runtimeDefault(equalModule);
/** ajv's URI library (for `$id`/`$ref` resolution at run time). */
export const ajvUri: unknown = /* @__PURE__ */ runtimeDefault(uriModule);
/** ajv's ValidationError (thrown by asynchronous validators). */
export const AjvValidationError: unknown = /* @__PURE__ */ runtimeDefault(validationErrorModule);
export { composeParts } from './compose-parts.js';
