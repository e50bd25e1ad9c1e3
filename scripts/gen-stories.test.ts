import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formIds } from './gen-form-types.js';
import { docsModule, docsPath, orphanStories, scenarioFiles, storiesPath, storyExportName, storyModule } from './gen-stories.js';

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

  it.each(formIds())('%s: the Docs page (场景一览) matches the scenario folder and lists every scenario, linked to its story', (id) => {
    const path = docsPath(id);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(docsModule(id));
    const links = [...text.matchAll(/href="\.\/\?path=\/story\/([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(scenarioFiles(id).length);
    expect(new Set(links).size).toBe(links.length);
  });

  it.each(formIds())('%s: each scenario story is named and tagged with its requirement IDs (search and tag filters find "TCM-4")', (id) => {
    const text = storyModule(id);
    for (const file of scenarioFiles(id)) {
      const scenario = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'packages', 'forms', id, 'scenarios', file), 'utf8')) as { requirements: string[] };
      const story = text.slice(text.indexOf(`export const ${storyExportName(file)}: Story = {`)).split('\n};')[0]!;
      expect(story).toContain(`tags: ${JSON.stringify(scenario.requirements)}`);
      for (const requirement of scenario.requirements) expect(story).toMatch(new RegExp(`name: ".* · .*${requirement}`));
    }
  });

  it('no stories file is left for a form that is gone', () => {
    expect(orphanStories()).toEqual([]);
  });
});
