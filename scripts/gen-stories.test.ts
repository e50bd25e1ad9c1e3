import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formIds } from './gen-form-types.js';
import { orphanStories, scenarioFiles, storiesPath, storyExportName, storyModule } from './gen-stories.js';

describe('generated form stories (every built-in form × every scenario)', () => {
  it('names a story after its scenario file', () => {
    expect(storyExportName('bad-id-check-digit.json')).toBe('BadIdCheckDigit');
    expect(storyExportName('2024-fee.json')).toBe('Scenario2024Fee');
  });

  it.each(formIds())('%s: the stories file matches the scenario folder (run `pnpm gen:stories` after adding or editing a scenario)', (id) => {
    const path = storiesPath(id);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(storyModule(id));
  });

  it.each(formIds())('%s: one story per scenario file plus the blank edit story', (id) => {
    const text = storyModule(id);
    const files = scenarioFiles(id);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(text).toContain(`export const ${storyExportName(file)}: Story = {`);
    expect(text.match(/^export const \w+: Story = \{/gm)).toHaveLength(files.length + 1);
  });

  it('no stories file is left for a form that is gone', () => {
    expect(orphanStories()).toEqual([]);
  });
});
