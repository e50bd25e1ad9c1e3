/**
 * The one place ajv is configured: JSON Schema 2020-12, all errors, ajv-formats plus shenbao's
 * identity-document formats, and the `x-` annotation keywords definitions use.
 */
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Ajv2020 as Ajv2020Named } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import { formats } from './formats/index.js';

// The named class export: the same type under every module resolution (a default import's
// `.default` exists only under NodeNext; a host with `moduleResolution: "bundler"` fails on it).
type Ajv2020Class = typeof Ajv2020Named;
/** An ajv instance as shenbao configures it. */
export type AjvInstance = InstanceType<Ajv2020Class>;

// ajv and ajv-formats are CommonJS: under Node the namespace's `default` is module.exports itself.
const unwrap = <T>(m: unknown): T => {
  const d = (m as { default?: unknown }).default;
  return ((d as { default?: unknown } | undefined)?.default ?? d ?? m) as T;
};
const Ajv2020 = unwrap<Ajv2020Class>(ajv2020);
const addFormats = unwrap<(ajv: AjvInstance, opts?: unknown) => AjvInstance>(ajvFormats);

/** Annotation keywords allowed in data schemas (labels, dictionaries, widget hints). */
export const annotationKeywords = ['x-title-en', 'x-dictionary', 'x-widget', 'x-mask', 'x-placeholder', 'x-enum-titles', 'x-enum-titles-en', 'x-item-of'] as const;

/** Options every shenbao ajv instance uses; `code` options are added for standalone output. */
export const ajvOptions: Options = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  validateFormats: true,
};

/** Creates a configured ajv instance (2020-12, formats, annotations). */
export function createAjv(extra: Options = {}): AjvInstance {
  const ajv = new Ajv2020({ ...ajvOptions, ...extra });
  addFormats(ajv);
  for (const format of formats) ajv.addFormat(format.name, format.validate);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}

/**
 * A plain ajv instance for checking data against shenbao's own meta-schemas (definitions, packs,
 * scenarios). Those schemas ship with the library and are checked against JSON Schema 2020-12 by a
 * test (meta-schemas.test.ts), so the instance does not check them again at run time: that check
 * compiles the whole 2020-12 meta-schema once per instance, a few hundred ms of every CLI start.
 * `extra` adds options (the `code` options of scripts/gen-meta-validators.ts, which precompiles the
 * definition and rule-pack meta-schemas with this very configuration).
 */
export function createMetaAjv(extra: Options = {}): AjvInstance {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, ...extra });
  addFormats(ajv);
  return ajv;
}
