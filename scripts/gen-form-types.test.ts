import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { formIds, generatedModule, generatedPath } from './gen-form-types.js';

describe('generated form types', () => {
  it('finds the built-in forms', () => {
    expect(formIds()).toContain('tcm-expertise');
  });

  it.each(formIds())('%s: the typed twin matches definition.json (run `pnpm gen` after editing a definition)', (id) => {
    const definition = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'packages', 'forms', id, 'definition.json'), 'utf8')) as FormDefinition;
    const path = generatedPath(id);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generatedModule(definition));
  });
});
