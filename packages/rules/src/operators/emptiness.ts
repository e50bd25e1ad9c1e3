/**
 * `empty` / `notEmpty`: whether a fact has a value a person would call filled in.
 */
import type { OperatorDefinition } from './operator-definition.js';

/** Whether a value counts as not filled in: undefined, null, blank string, empty array or object. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** `empty`: the fact is not filled in (the condition's value is ignored). */
export const empty: OperatorDefinition = { name: 'empty', evaluate: (fact) => isEmptyValue(fact), acceptsAnyFact: true };

/** `notEmpty`: the fact is filled in (the condition's value is ignored). */
export const notEmpty: OperatorDefinition = { name: 'notEmpty', evaluate: (fact) => !isEmptyValue(fact), acceptsAnyFact: true };
