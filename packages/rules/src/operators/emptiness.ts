/**
 * `empty` / `notEmpty`: whether a fact has a value a person would call filled in — core's
 * `isEmptyValue`, so a text of spaces, NUL or zero-width characters is empty here too (COMMON-8).
 */
import { isEmptyValue } from '@shenbao/core';
import type { OperatorDefinition } from './operator-definition.js';

export { isEmptyValue };

/** `empty`: the fact is not filled in (the condition's value is ignored). */
export const empty: OperatorDefinition = { name: 'empty', evaluate: (fact) => isEmptyValue(fact), acceptsAnyFact: true };

/** `notEmpty`: the fact is filled in (the condition's value is ignored). */
export const notEmpty: OperatorDefinition = { name: 'notEmpty', evaluate: (fact) => !isEmptyValue(fact), acceptsAnyFact: true };
