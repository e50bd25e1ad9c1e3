import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formEntryModule, formEntryPath, formIds, generatedModule, generatedPath, readDefinition, registryModule, scenariosModule } from './gen-form-types.js';

const generated = join(import.meta.dirname, '..', 'packages', 'forms', 'src', 'generated');

describe('generated form modules', () => {
  it('finds the built-in forms', () => {
    expect(formIds()).toContain('tcm-expertise');
  });

  it.each(formIds())('%s: the typed twin (schema, data type, typed packs) matches definition.json and rules/ (run `pnpm gen` after editing a definition or pack)', (id) => {
    const path = generatedPath(id);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generatedModule(readDefinition(id)));
  });

  it.each(formIds())('%s: the per-form entry @shenbao/forms/%s is up to date', (id) => {
    expect(readFileSync(formEntryPath(id), 'utf8')).toBe(formEntryModule(id));
  });

  it('the registry lists every form, and no scenario (run `pnpm gen` after adding one)', () => {
    const text = readFileSync(join(generated, 'registry.ts'), 'utf8');
    expect(text).toBe(registryModule());
    expect(text).not.toContain('scenarios/');
  });

  it('the scenarios module lists every scenario file', () => {
    expect(readFileSync(join(generated, 'scenarios.ts'), 'utf8')).toBe(scenariosModule());
  });
});
