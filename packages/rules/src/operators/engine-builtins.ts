/**
 * json-rules-engine's ten built-in operators written out as definitions, with the engine's own fact
 * validators, so the compiled runtime compares exactly as the engine does (the differential test
 * keeps this honest).
 */
import type { OperatorDefinition } from './operator-definition.js';

/** json-rules-engine's number validator: `parseFloat` gives a number. */
const numeric = (fact: unknown) => Number.parseFloat(fact as string).toString() !== 'NaN';
const indexOf = (list: unknown, value: unknown) => (list as { indexOf(v: unknown): number }).indexOf(value);

/** The built-in operators of json-rules-engine 7, in the engine's order. */
export const engineBuiltins: readonly OperatorDefinition[] = [
  { name: 'equal', evaluate: (a, b) => a === b },
  { name: 'notEqual', evaluate: (a, b) => a !== b },
  { name: 'in', evaluate: (a, b) => indexOf(b, a) > -1, needsListValue: true },
  { name: 'notIn', evaluate: (a, b) => indexOf(b, a) === -1, needsListValue: true },
  { name: 'contains', evaluate: (a, b) => indexOf(a, b) > -1, validFact: Array.isArray },
  { name: 'doesNotContain', evaluate: (a, b) => indexOf(a, b) === -1, validFact: Array.isArray },
  { name: 'lessThan', evaluate: (a, b) => (a as number) < (b as number), validFact: numeric },
  { name: 'lessThanInclusive', evaluate: (a, b) => (a as number) <= (b as number), validFact: numeric },
  { name: 'greaterThan', evaluate: (a, b) => (a as number) > (b as number), validFact: numeric },
  { name: 'greaterThanInclusive', evaluate: (a, b) => (a as number) >= (b as number), validFact: numeric },
];
