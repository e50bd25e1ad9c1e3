/**
 * Every requirement a form says is covered by a test file (`coveredBy`) names that file, the file
 * exists, and it mentions the requirement id, so the trace from REQUIREMENTS.md to a test holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formIds, readDefinition } from './gen-form-types.js';

const root = join(import.meta.dirname, '..');

describe('requirements covered by tests', () => {
  const rows = formIds().flatMap((id) => (readDefinition(id).requirements ?? []).filter((r) => r.coveredBy).map((r) => [id, r.id, r.coveredBy!] as const));
  it('has some', () => expect(rows.length).toBeGreaterThan(0));
  it.each(rows)('%s %s → %s', (_form, requirement, file) => {
    const path = join(root, file);
    expect(existsSync(path), `${file} does not exist`).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(requirement);
  });
});
