import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinFormsDir } from '@shenbao/cli';
import type { RulePack } from '@shenbao/rules';
import { FolderError, FormsFolder } from './forms-folder.js';

let dir: string;
let folder: FormsFolder;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shenbao-folder-'));
  const source = builtinFormsDir();
  await cp(source, dir, { recursive: true, filter: (p) => !/[\\/](node_modules|dist|src)([\\/]|$)/.test(p.slice(source.length)) });
  folder = new FormsFolder(dir);
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    if (error instanceof FolderError) return { status: error.status, message: error.message, problems: error.problems.length };
    throw error;
  }
  throw new Error('not refused');
};

describe('the forms folder of the studio server', () => {
  it('refuses form ids, years and scenario names that are not strictly valid, and paths outside the folder', async () => {
    for (const id of ['../etc', 'tcm-expertise/../../x', 'TCM', '', 'no-such-form']) expect((await refusal(folder.writePack(id, '2025', {}))).status).toBe(404);
    for (const year of ['20255', '1999', '2025.json', '../2025', '2O25']) expect((await refusal(folder.writePack('tcm-expertise', year, {}))).message).toMatch(/年度/);
    expect((await refusal(folder.writeScenario('tcm-expertise', '../x', {}))).status).toBe(400);
    expect(() => folder.inside('..', 'etc')).toThrow(/超出/);
  });

  it('refuses a pack whose form or year does not match the URL, or that fails the lint of rules check', async () => {
    const pack: RulePack = { form: 'tcm-expertise', year: 2025, extends: 2024, rules: [] };
    expect((await refusal(folder.writePack('tcm-expertise', '2026', pack))).status).toBe(400);
    const bad = { ...pack, remove: ['NO-SUCH.rule'] };
    const refused = await refusal(folder.writePack('tcm-expertise', '2025', bad));
    expect(refused.status).toBe(422);
    expect(refused.problems).toBeGreaterThan(0);
  });

  it('writes a valid pack formatted, keeping the unchanged text of an existing file', async () => {
    const written = await folder.writePack('tcm-expertise', '2025', { form: 'tcm-expertise', year: 2025, extends: 2024, params: { minRecommenders: { value: 3, description: '最少推荐医师人数' } }, rules: [] });
    expect(written.file).toBe('tcm-expertise/rules/2025.json');
    expect(await readFile(join(dir, 'tcm-expertise/rules/2025.json'), 'utf8')).toBe(written.text);
    const loaded = await folder.load('tcm-expertise');
    const before = loaded.packs.find((p) => p.year === 2024)!;
    const again = await folder.writePack('tcm-expertise', '2024', before.value);
    expect(again.text).toBe(before.text);
  });

  it('saves a new scenario once and refuses to overwrite it', async () => {
    const scenario = { name: '测试', requirements: ['TCM-4'], data: {}, expect: { complete: false } };
    expect((await folder.writeScenario('tcm-expertise', 'studio-made', scenario)).file).toBe('tcm-expertise/scenarios/studio-made.json');
    expect((await refusal(folder.writeScenario('tcm-expertise', 'studio-made', scenario))).status).toBe(409);
    expect((await refusal(folder.writeScenario('tcm-expertise', 'bad-shape', { name: 1 }))).status).toBe(422);
  });
});
