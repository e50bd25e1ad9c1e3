/**
 * The registry of shenbao's custom operators (json-rules-engine's built-ins come with the engine).
 */
import { after, before, notAfter, notBefore } from './dates.js';
import { empty, notEmpty } from './emptiness.js';
import type { OperatorDefinition } from './operator-definition.js';

export type { OperatorDefinition } from './operator-definition.js';
export { compareDates } from './dates.js';
export { isEmptyValue } from './emptiness.js';

/** Custom operators added to every engine. */
export const customOperators: readonly OperatorDefinition[] = [empty, notEmpty, before, after, notBefore, notAfter];

/** json-rules-engine's own operators. */
export const engineOperators: readonly string[] = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
];

/** Every operator name a pack may use. */
export const operatorNames: ReadonlySet<string> = new Set([...engineOperators, ...customOperators.map((o) => o.name)]);
