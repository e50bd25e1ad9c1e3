/**
 * Date comparisons over `YYYY`, `YYYY-MM` and `YYYY-MM-DD` strings (COMMON-5). Values of different
 * precision compare on their common prefix (`2020-09` is not before `2020-09-30`); anything that
 * is not such a date makes the condition false, so a missing date never fires a rule.
 */
import type { OperatorDefinition } from './operator-definition.js';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Compares two partial ISO dates; `undefined` when either is not a date. */
export function compareDates(a: unknown, b: unknown): number | undefined {
  if (typeof a !== 'string' || typeof b !== 'string' || !DATE.test(a) || !DATE.test(b)) return undefined;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

const make = (name: string, test: (c: number) => boolean): OperatorDefinition => ({
  name,
  evaluate: (fact, value) => {
    const c = compareDates(fact, value);
    return c !== undefined && test(c);
  },
  acceptsAnyFact: true,
});

/** `before`: the fact's date is earlier than the value's. */
export const before = make('before', (c) => c < 0);
/** `after`: the fact's date is later than the value's. */
export const after = make('after', (c) => c > 0);
/** `notBefore`: the fact's date is the same or later. */
export const notBefore = make('notBefore', (c) => c >= 0);
/** `notAfter`: the fact's date is the same or earlier. */
export const notAfter = make('notAfter', (c) => c <= 0);
