/**
 * A schema given at run time, compiled in parts as a precompiled module is (the CLI's
 * validator-module.ts): a root validator (type, `additionalProperties`) and one validator per
 * top-level property, composed by core's `composeParts` into a whole validator that gives exactly
 * ajv's result and errors, and that carries `parts` so a change re-validates one property.
 *
 * Properties of one kind share one compilation: a thousand required texts of at most 50
 * characters are one schema compiled once, for a placeholder key, not a thousand. What a property's
 * validation does depends only on its own schema, never on its key (the key is the root's, and a
 * part holds one property), so the shared validator is run on `{ placeholder: value }` and its
 * errors are given the key back (instance path, schema path, `missingProperty`, message). A property
 * shares only when that holds to the letter: its key is a plain identifier (the same in every
 * path, no escaping), its schema refers to nothing (`$ref`, `$dynamicRef`, ids and anchors) and
 * never names the placeholder; its annotations (title, description, `x-…`) are set aside, ajv's
 * code does not read them. Any other property is compiled alone, as `partSchema` gives it.
 *
 * Core's runtime compiler (`ajvCompiler`, schema-compiler.ts) compiles this way, so the code loads
 * only with ajv's compiler, never in the page of a precompiled form. Every part is compiled here,
 * before the form is used, so a schema ajv refuses fails now (with the property's own key in ajv's
 * message), not at the first keystroke.
 */
import type { ErrorObject } from 'ajv';
import type { DataValidator, SchemaCompiler } from './compile-form.js';
import { composeParts } from './compose-parts.js';
import { partSchema } from './shape-parts.js';
import type { JsonSchema } from './types.js';

/** The key shared validators are compiled with (a key of a definition never shares when it is this one). */
const placeholder = 'shenbaoSharedKey';
const plainKey = /^[A-Za-z_][A-Za-z0-9_]*$/;
const refers = /"\$(?:ref|dynamicRef|recursiveRef|id|anchor|dynamicAnchor|recursiveAnchor)"/;
const isAnnotation = (k: string) => k === 'title' || k === 'description' || k === '$comment' || k.startsWith('x-');

/**
 * The property's schema as its validation reads it, as JSON (the key of its kind), or undefined when
 * the property must be compiled alone.
 */
function sharedShape(key: string, property: unknown): string | undefined {
  if (!plainKey.test(key) || key === placeholder) return undefined;
  if (typeof property !== 'object' || property === null || Array.isArray(property)) return undefined;
  const text = JSON.stringify(Object.fromEntries(Object.entries(property).filter(([k]) => !isAnnotation(k))));
  // A schema that names the placeholder itself (a nested property so called) would have it renamed too.
  return refers.test(text) || text.includes(placeholder) ? undefined : text;
}

/** ajv's error of the shared validator, as the property's own validator would give it. */
function withKey(error: ErrorObject, key: string): ErrorObject {
  const out: ErrorObject = { ...error };
  if (error.instancePath.startsWith(`/${placeholder}`)) out.instancePath = `/${key}${error.instancePath.slice(placeholder.length + 1)}`;
  if (error.schemaPath.startsWith(`#/properties/${placeholder}`)) out.schemaPath = `#/properties/${key}${error.schemaPath.slice(placeholder.length + 13)}`;
  const params = error.params as { missingProperty?: string };
  if (error.instancePath === '' && params.missingProperty === placeholder) {
    out.params = { ...params, missingProperty: key };
    if (error.message !== undefined) out.message = error.message.replaceAll(`'${placeholder}'`, `'${key}'`);
  }
  return out;
}

/** The shared validator run for one key: the value under the placeholder, the errors with the key. */
function forKey(shared: DataValidator, key: string): DataValidator {
  const validate = ((data: unknown): boolean => {
    const input = typeof data === 'object' && data !== null && !Array.isArray(data) ? { [placeholder]: (data as Record<string, unknown>)[key] } : data;
    const ok = shared(input);
    validate.errors = ok ? null : (shared.errors ?? []).map((error) => withKey(error, key));
    return ok;
  }) as DataValidator;
  return validate;
}

/**
 * The whole validator of `schema` (one `canValidateInParts` accepts) made of parts compiled with
 * `compile`, properties of one kind sharing a compilation (see the module comment).
 */
export function compileInParts(schema: JsonSchema, compile: SchemaCompiler): DataValidator {
  const root = schema as { required?: string[]; properties: Record<string, unknown>; additionalProperties?: unknown; $defs?: unknown };
  const keys = Object.keys(root.properties);
  const required = root.required ?? [];
  // The root keeps `$defs`: ajv checks them against the meta-schema as it would in the whole schema.
  const rootValidator = compile({
    type: 'object',
    properties: Object.fromEntries(keys.map((k) => [k, true])),
    ...(root.additionalProperties !== undefined ? { additionalProperties: root.additionalProperties } : {}),
    ...(root.$defs !== undefined ? { $defs: root.$defs } : {}),
  } as JsonSchema);
  const isRequiredKey = new Set(required);
  const byShape = new Map<string, DataValidator>();
  const parts: Record<string, DataValidator> = Object.create(null) as Record<string, DataValidator>;
  for (const key of keys) {
    const shape = sharedShape(key, root.properties[key]);
    if (!shape) {
      parts[key] = compile(partSchema(schema, key));
      continue;
    }
    const isRequired = isRequiredKey.has(key);
    const id = `${isRequired ? 'required' : 'optional'}:${shape}`;
    let shared = byShape.get(id);
    if (!shared) {
      try {
        shared = compile({ type: 'object', required: isRequired ? [placeholder] : [], properties: { [placeholder]: JSON.parse(shape) as JsonSchema } } as JsonSchema);
      } catch {
        // ajv refuses the property's schema: compile it under its own key, so ajv's message names it.
        parts[key] = compile(partSchema(schema, key));
        continue;
      }
      byShape.set(id, shared);
    }
    parts[key] = forKey(shared, key);
  }
  return composeParts(rootValidator, parts, required, keys) as DataValidator;
}
