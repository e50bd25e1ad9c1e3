/**
 * The whole validator of a precompiled module made of its per-property validators (a module that
 * exports one validator per top-level property, packages/cli/src/validator-module.ts): a change
 * re-validates only the property it is under (compile-form.ts `shapeParts`), and the whole
 * validation gives exactly ajv's result and errors (all errors, in ajv's order: the root's missing
 * `required` properties in `required` order, then the root's own errors — `type`,
 * `additionalProperties` — then each present property's errors in `properties` order).
 */
import type { ErrorObject } from 'ajv';

/** A validator as ajv's standalone code exports it. */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

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
    for (const key of required) if (record[key] === undefined) add(parts[key]!);
    add(root);
    for (const key of properties) if (record[key] !== undefined) add(parts[key]!);
    validate.errors = errors;
    return errors === null;
  }) as Validate & { parts: Readonly<Record<string, Validate>> };
  validate.parts = parts;
  return validate;
}
