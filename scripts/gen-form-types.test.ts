import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formIds, generatedModule, generatedPath, readDefinition, registryModule } from './gen-form-types.js';

describe('generated form modules', () => {
  it('finds the built-in forms', () => {
    expect(formIds()).toContain('tcm-expertise');
  });

  it.each(formIds())('%s: the typed twin matches definition.json (run `pnpm gen` after editing a definition)', (id) => {
    const path = generatedPath(id);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generatedModule(readDefinition(id)));
  });

  it('the registry lists every form, pack and scenario file (run `pnpm gen` after adding one)', () => {
    const path = join(import.meta.dirname, '..', 'packages', 'forms', 'src', 'generated', 'registry.ts');
    expect(readFileSync(path, 'utf8')).toBe(registryModule());
  });
});
