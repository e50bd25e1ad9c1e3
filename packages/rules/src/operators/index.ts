/**
 * The registry of operators: shenbao's custom ones (add a file and a line here) and json-rules-engine's
 * built-ins written out for the compiled runtime.
 */
import { after, before, notAfter, notBefore } from './dates.js';
import { empty, notEmpty } from './emptiness.js';
import { engineBuiltins } from './engine-builtins.js';
import { idBirthDateDiffers } from './id-birth-date.js';
import { idGenderDiffers } from './id-gender.js';
import { within1MonthBefore, within6MonthsBefore } from './within-months.js';
import type { OperatorDefinition } from './operator-definition.js';

export type { OperatorDefinition } from './operator-definition.js';
export { compareDates } from './dates.js';
export { isEmptyValue } from './emptiness.js';
export { isWithinMonthsBefore, monthsBefore } from './within-months.js';

/** Custom operators added to every engine. */
export const customOperators: readonly OperatorDefinition[] = [
  empty, notEmpty, before, after, notBefore, notAfter,
  within1MonthBefore, within6MonthsBefore, idBirthDateDiffers, idGenderDiffers,
];

/** json-rules-engine's own operators. */
export const engineOperators: readonly string[] = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
];

/** Every operator by name, the built-ins written out as json-rules-engine runs them: what the compiled runtime uses. */
export const allOperators: ReadonlyMap<string, OperatorDefinition> = new Map(
  [...engineBuiltins, ...customOperators].map((o) => [o.name, o]),
);

/** Every operator name a pack may use. */
export const operatorNames: ReadonlySet<string> = new Set([...engineOperators, ...customOperators.map((o) => o.name)]);
