/**
 * What precompiled (standalone) validators import at run time, so a page under a strict
 * Content-Security-Policy (`script-src 'self'`, no `new Function`) validates without compiling:
 *
 * - the default export: every format {@link createAjv} registers, exactly as it registers it —
 *   ajv-formats' full formats (objects, functions and regular expressions as ajv-formats hands them
 *   to ajv) and the `validate` function of each of shenbao's own formats (`cn-id`, `cn-mobile` …);
 *   the generated code reads them by name (`formats["cn-id"]`);
 * - each format the built-in forms use by itself (`standaloneDate`, `standaloneCnId` …, named by
 *   {@link formatExports}): a generated module imports just the formats its schema names;
 * - ajv's runtime helpers the generated code needs (string length in code points, deep equality,
 *   URI resolution, the async validation error), from the ajv copy core itself uses, so a package
 *   holding generated validators needs no ajv of its own.
 *
 * `scripts/gen-validators.ts` compiles each built-in form with `code.formats` pointing here.
 */
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import * as uriModule from 'ajv/dist/runtime/uri.js';
import * as validationErrorModule from 'ajv/dist/runtime/validation_error.js';

/**
 * The `default` export of one of ajv's CommonJS runtime modules, however it was loaded: Node gives
 * `module.exports` as the namespace's default, bundlers give `exports.default` for `__esModule` files.
 */
function runtimeDefault<T>(namespace: unknown): T {
  const m = (namespace as { default?: unknown }).default ?? namespace;
  return ((m as { __esModule?: boolean }).__esModule ? (m as { default: unknown }).default : m) as T;
}

// Every format ajv knows in shenbao, by name, as ajv got it (see the module comment). In a module of
// its own: a page whose validator imports formats by name does not evaluate ajv-formats' table.
export { default } from './standalone-format-table.js';

// Each format by itself, so a generated module imports only the formats its schema names (a page then
// carries neither ajv-formats' whole table nor the formats it does not use). `date` is ajv-formats'
// own as an ES module (formats/rfc3339-date.ts, checked against it); the others are the very
// functions the default export holds.
export { rfc3339Date as standaloneDate } from './formats/rfc3339-date.js';
export { isCnId as standaloneCnId } from './formats/cn-id.js';
export { isCnResidencePermit as standaloneCnResidencePermit } from './formats/cn-residence-permit.js';
export { isCnMobile as standaloneCnMobile } from './formats/cn-mobile.js';
export { isHkMacauPermit as standaloneHkMacauPermit } from './formats/hk-macau-permit.js';
export { isTwPermit as standaloneTwPermit } from './formats/tw-permit.js';
export { isPassport as standalonePassport } from './formats/passport.js';
export { isMilitaryOfficer as standaloneMilitaryOfficer } from './formats/military-officer.js';

/** The formats a generated module may import by themselves: format name → export of this module (the others come from the default export). */
export const formatExports: Readonly<Record<string, string>> = {
  date: 'standaloneDate',
  'cn-id': 'standaloneCnId',
  'cn-residence-permit': 'standaloneCnResidencePermit',
  'cn-mobile': 'standaloneCnMobile',
  'hk-macau-permit': 'standaloneHkMacauPermit',
  'tw-permit': 'standaloneTwPermit',
  passport: 'standalonePassport',
  'military-officer': 'standaloneMilitaryOfficer',
};

/** ajv's `ucs2length` (string length in Unicode code points, for minLength/maxLength). */
export const ajvUcs2length: (value: string) => number = /* @__PURE__ */ runtimeDefault(ucs2lengthModule);
/** ajv's deep equality (for const, enum and uniqueItems over objects). */
export const ajvEqual: (a: unknown, b: unknown) => boolean = /* @__PURE__ */ runtimeDefault(equalModule);
/** ajv's URI library (for `$id`/`$ref` resolution at run time). */
export const ajvUri: unknown = /* @__PURE__ */ runtimeDefault(uriModule);
/** ajv's ValidationError (thrown by asynchronous validators). */
export const AjvValidationError: unknown = /* @__PURE__ */ runtimeDefault(validationErrorModule);
export { composeParts } from './compose-parts.js';
