/**
 * The whole validator of a precompiled module made of its per-property validators (a module that
 * exports one validator per top-level property, packages/cli/src/validator-module.ts): a change
 * re-validates only the property it is under (compile-form.ts `shapeParts`), and the whole
 * validation gives exactly ajv's result and errors (all errors, in ajv's order: the root's missing
 * `required` properties in `required` order, then the root's own errors — `type`,
 * `additionalProperties` — then each present property's errors in `properties` order).
 *
 * A missing required property is reported without calling its validator: a part's schema is
 * `{ type: 'object', required: [key], properties: { [key]: … } }` (core's `partSchema`), whose only
 * error for data without the key is ajv's `required` error, written here as ajv writes it (the
 * generator's test compares the whole with ajv's runtime validator on `{}`). So a first validation
 * of an empty form runs (and the engine compiles) none of the per-property validators.
 */
import type { ErrorObject } from 'ajv';

/** A validator as ajv's standalone code exports it. */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** ajv's error for a missing required property of the root (`allErrors`, messages on, not verbose). */
function missing(key: string): ErrorObject {
  return { instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: key }, message: "must have required property '" + key + "'" };
}

/** A whole validator made of a root validator (type, additionalProperties) and one validator per property (each with its own `required`); it carries `parts`. */
export function composeParts(
  root: Validate,
  parts: Readonly<Record<string, Validate>>,
  required: readonly string[],
  properties: readonly string[],
): Validate & { parts: Readonly<Record<string, Validate>> } {
  const validate = ((data: unknown): boolean => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      const ok = root(data);
      validate.errors = root.errors ?? null;
      return ok;
    }
    const record = data as Record<string, unknown>;
    let errors: ErrorObject[] | null = null;
    const add = (v: Validate) => {
      if (!v(data) && v.errors) (errors ??= []).push(...v.errors);
    };
    for (const key of required) if (record[key] === undefined) (errors ??= []).push(missing(key));
    add(root);
    for (const key of properties) if (record[key] !== undefined) add(parts[key]!);
    validate.errors = errors;
    return errors === null;
  }) as Validate & { parts: Readonly<Record<string, Validate>> };
  validate.parts = parts;
  return validate;
}
