/**
 * Issue 11's evidence: 10,000 fuzzed requests through the server's declaration path (parseJson,
 * sanitizeInput, evaluate) over every built-in form: 0 throws, 0 hangs, 0 prototype pollution, and
 * the cases reach every stage (malformed, refused, incomplete). `pnpm fuzz` runs 100,000.
 */
import { describe, expect, test } from 'vitest';
import { fuzzDeclarations } from './fuzz/declaration-fuzz.js';

describe('fuzzed declarations', () => {
  test('10,000 cases over the seven forms: no throw, no hang, no prototype pollution', async () => {
    const report = await fuzzDeclarations(10_000, 11);
    expect(report.cases).toBe(10_000);
    expect(report.throws).toEqual([]);
    expect(report.slow).toEqual([]);
    expect(report.polluted).toBe(false);
    expect(report.outcomes.malformed).toBeGreaterThan(500);
    expect(report.outcomes.refused).toBeGreaterThan(100);
    expect(report.outcomes.incomplete).toBeGreaterThan(3_000);
  }, 300_000);
});
