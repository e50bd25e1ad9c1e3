import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { rfc3339Date } from './rfc3339-date.js';

const theirs = fullFormats.date as { validate: (s: string) => boolean; compare: (a: string, b: string) => number | undefined };

describe("rfc3339Date: ajv-formats' date format as an ES module", () => {
  it('agrees with ajv-formats on leap days, month ends, bad shapes and non-dates', () => {
    const samples = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-04-31', '2024-12-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', ' 2024-01-01', '2024-01-01 ', '２０２４-01-01', '', 'x', '0000-01-01', '9999-12-31'];
    for (const s of samples) expect(rfc3339Date.validate(s), s).toBe(theirs.validate(s));
    expect(rfc3339Date.validate('2024-02-29')).toBe(true);
    expect(rfc3339Date.validate('2023-02-29')).toBe(false);
  });

  it('agrees with ajv-formats on any string and any yyyy-mm-dd, and orders dates the same', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(fc.property(fc.oneof(fc.string(), dateLike), (s) => rfc3339Date.validate(s) === theirs.validate(s)), { numRuns: 5_000 });
    fc.assert(fc.property(fc.oneof(fc.constant(''), dateLike), fc.oneof(fc.constant(''), dateLike), (a, b) => rfc3339Date.compare(a, b) === theirs.compare(a, b)), { numRuns: 2_000 });
  });
});
