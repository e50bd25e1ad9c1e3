/**
 * Done-when of issue 12: open TCM 2024, make 2025 with minRecommenders raised to 3 — the preview asks
 * for a third recommender, the scenarios with two recommenders turn from pass to fail, the diff shows
 * the param change; save; then `shenbao rules check` passes and `shenbao rules diff` prints the same
 * change. Real Chromium, real Vite, real files (in a copy of the forms folder, removed afterwards).
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePack, runScenario } from '@shenbao/rules';
import { loadForm, runCli } from '@shenbao/cli';
import { openStudio, type Harness } from './studio-harness.js';

const shots = '/tmp/shots/studio';
let h: Harness;

beforeAll(async () => {
  h = await openStudio();
  mkdirSync(shots, { recursive: true });
}, 120_000);
afterAll(async () => h?.close(), 60_000);

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (out += t), stdin: Readable.from([]) });
  return { code, out };
}

describe('rules studio: a new year', () => {
  it('makes 2025 with three recommenders, shows its evidence, saves a file the CLI accepts', async () => {
    const { page, formsDir } = h;
    const file = join(formsDir, 'tcm-expertise', 'rules', '2025.json');
    const scenarioDir = join(formsDir, 'tcm-expertise', 'scenarios');
    // Scenarios that pass in 2024 with exactly two recommenders and expect a complete declaration.
    const twoRecommenders: string[] = [];
    for (const name of await readdir(scenarioDir)) {
      const s = JSON.parse(await readFile(join(scenarioDir, name), 'utf8'));
      const recommenders = (s.data?.teachers ?? []).filter((t: { role?: string }) => t.role === 'recommender').length;
      if (recommenders === 2 && s.expect.complete === true) twoRecommenders.push(name.replace(/\.json$/, ''));
    }
    expect(twoRecommenders.length).toBeGreaterThan(0);
    try {
      await page.goto(`${h.studio.url}?form=tcm-expertise`);
      await page.getByRole('button', { name: '新建 2025 年规则' }).click();
      await expect.poll(() => page.getByRole('heading', { name: '2025 年规则' }).count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => page.locator('.chain[aria-label="继承链"]').textContent()).toContain('2024 年 → 2025 年');

      // The scenarios all pass before the change.
      for (const name of twoRecommenders) {
        await expect.poll(() => page.locator(`tr[data-scenario="${name}"] td.now`).textContent(), { timeout: 60_000 }).toContain('✓ 通过');
      }

      const input = page.locator('tr[data-param="minRecommenders"] input');
      await input.fill('3');
      await input.press('Enter');
      await input.blur();

      // The param is now 本年修改, the diff shows 2 → 3.
      await expect.poll(() => page.locator('tr[data-param="minRecommenders"] .badge').textContent()).toBe('本年修改');
      const diffRow = page.locator('table.diff-params tr', { hasText: 'minRecommenders' });
      await expect.poll(() => diffRow.textContent(), { timeout: 60_000 }).toMatch(/修改\s*2\s*3/);

      // The scenarios with two recommenders turn from pass to fail.
      for (const name of twoRecommenders) {
        const row = page.locator(`tr[data-scenario="${name}"]`);
        await expect.poll(() => row.locator('td.now').textContent(), { timeout: 60_000 }).toContain('✗ 未通过');
        expect(await row.locator('td').nth(3).textContent()).toContain('✓ 通过');
      }

      // The preview, loaded with a two-recommender scenario, asks for a third recommender.
      await page.getByLabel('载入场景的数据').selectOption(twoRecommenders[0]!);
      const form = page.locator('studio-preview shenbao-form');
      // As a candidate would: 下一步 through the steps (ticking 已阅读须知 on the notice step) until the
      // teachers' step stops at the new count.
      const third = form.getByText(/至少\s*3\s*名推荐医师/);
      const readNotice = form.locator('input[data-tick="read-notice"]');
      for (let step = 0; step < 6 && (await third.count()) === 0; step++) {
        if ((await readNotice.count()) > 0 && !(await readNotice.isChecked())) await readNotice.check();
        await form.getByRole('button', { name: '下一步' }).click();
        await page.waitForTimeout(500);
      }
      await expect.poll(() => third.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await third.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'new-year-2025-1280.png') });

      // The preview's data saved as a new scenario, expecting what the edited pack says of it.
      const preview = page.locator('studio-preview');
      await preview.getByLabel('文件名').fill('studio-two-recommenders-2025');
      await preview.getByRole('button', { name: '另存为场景' }).click();
      await expect.poll(() => page.locator('header .status').textContent(), { timeout: 30_000 }).toContain('已保存场景');
      const made = JSON.parse(await readFile(join(scenarioDir, 'studio-two-recommenders-2025.json'), 'utf8'));
      expect(made).toMatchObject({ year: 2025, expect: { complete: false } });
      expect(made.expect.issues).toContainEqual({ path: '/teachers', code: 'recommender-count' });
      expect(made.data.teachers.filter((t: { role: string }) => t.role === 'recommender')).toHaveLength(2);

      // Save: the file extends 2024 and holds only the change.
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect.poll(() => page.locator('header .status').textContent(), { timeout: 30_000 }).toContain('已保存 tcm-expertise/rules/2025.json');
      const saved = JSON.parse(await readFile(file, 'utf8'));
      expect(saved).toMatchObject({ form: 'tcm-expertise', year: 2025, extends: 2024, rules: [] });
      expect(Object.keys(saved.params)).toEqual(['minRecommenders']);
      expect(saved.params.minRecommenders.value).toBe(3);
      const text = await readFile(file, 'utf8');
      expect(text.endsWith('}\n')).toBe(true);

      const check = await cli('rules', 'check', '--forms-dir', formsDir);
      expect(check.out).not.toMatch(/✗|错误|问题：/);
      expect(check.code).toBe(0);
      const diff = await cli('rules', 'diff', '--forms-dir', formsDir, '--form', 'tcm-expertise', '2024', '2025');
      expect(diff.code).toBe(0);
      expect(diff.out).toMatch(/~ 修改 minRecommenders（.*）：2 → 3\n/);
      expect(diff.out).not.toContain('规则：');
      // The saved scenario holds under the saved 2025 pack.
      const bundle = await loadForm(join(formsDir, 'tcm-expertise'));
      const pack2025 = resolvePack(bundle.packs.map((p) => p.value), 2025);
      const result = await runScenario(bundle.definition!.value, pack2025, made);
      expect(result.failures).toEqual([]);
    } finally {
      await rm(file, { force: true });
      await rm(join(scenarioDir, 'studio-two-recommenders-2025.json'), { force: true });
    }
  }, 300_000);
});
