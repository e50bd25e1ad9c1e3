/**
 * The `date` format (RFC 3339 full-date) as an ES module: the validate and compare functions of
 * ajv-formats' full `date` format, so a precompiled validator that checks dates imports these few
 * lines instead of ajv-formats' whole CommonJS format table. `rfc3339-date.test.ts` checks that
 * both agree with ajv-formats' own on every input.
 */

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// https://tools.ietf.org/html/rfc3339#appendix-C
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** True for a valid RFC 3339 full-date (`2024-02-29`; not `2023-02-29`). */
function validate(value: string): boolean {
  const matches = DATE.exec(value);
  if (!matches) return false;
  const year = +matches[1]!;
  const month = +matches[2]!;
  const day = +matches[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!);
}

/** Orders two dates (for `formatMinimum`/`formatMaximum`); undefined when either is empty. */
function compare(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  return a > b ? 1 : a < b ? -1 : 0;
}

/** The `date` format as ajv-formats hands it to ajv: `{ validate, compare }`. */
export const rfc3339Date: { validate: (value: string) => boolean; compare: (a: string, b: string) => number | undefined } = { validate, compare };
