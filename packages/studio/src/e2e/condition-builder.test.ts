/**
 * Issue 12: a rule added with the condition builder — fields picked by label, an enum value by its
 * label, a date with the date input, a nested 非 group — reads as the expected sentence and is the
 * expected JSON in the draft. Real Chromium and Vite; nothing is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackRule, RulePack } from '@shenbao/rules';
import { openStudio, type Harness } from './studio-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await openStudio();
}, 120_000);
afterAll(async () => h?.close(), 60_000);

describe('rules studio: the condition builder', () => {
  it('adds a rule whose sentence and JSON are what was built', async () => {
    const { page } = h;
    await page.goto(`${h.studio.url}?form=tcm-expertise`);
    await page.getByRole('button', { name: /^新建 \d{4} 年规则$/ }).click();
    await page.getByRole('button', { name: '新增规则' }).click();
    const editor = page.locator('studio-rule-editor');
    await editor.getByLabel('需求').selectOption('TCM-3');
    await editor.getByLabel('规则名（ID 后缀）').fill('summary-outside-region');
    await editor.getByLabel('说明').fill('多年实践考生未填申报地区时须写医术专长综述');

    const root = editor.locator('studio-condition').first();
    await root.getByRole('button', { name: '添加条件', exact: true }).click();
    await root.getByLabel('第 1 个条件的字段').selectOption({ label: '考生类型' });
    await root.getByLabel('第 1 个条件的比较方式').selectOption({ label: '为' });
    await root.getByLabel('第 1 个条件的值').selectOption({ label: '经多年中医医术实践' });

    await root.getByRole('button', { name: '添加条件', exact: true }).click();
    await root.getByLabel('第 2 个条件的字段').selectOption({ label: '当前日期' });
    await root.getByLabel('第 2 个条件的比较方式').selectOption({ label: '不早于' });
    await root.getByLabel('第 2 个条件的值').fill('2025-05-01');

    await root.getByRole('button', { name: '添加条件组' }).click();
    const group = root.locator('studio-condition');
    await group.getByRole('button', { name: '添加条件', exact: true }).click();
    await group.getByLabel('第 1 个条件的字段').selectOption({ label: '申报地区' });
    await group.getByLabel('第 1 个条件的比较方式').selectOption({ label: '已填写' });
    await group.getByLabel('满足方式').selectOption({ label: '非（都不满足）' });

    await editor.getByLabel('效果').selectOption({ label: '要求填写' });
    await editor.getByRole('checkbox', { name: '医术专长综述', exact: true }).check();

    const expected: PackRule = {
      id: 'TCM-3.summary-outside-region',
      description: '多年实践考生未填申报地区时须写医术专长综述',
      conditions: {
        all: [
          { fact: 'data', path: '/candidateType', operator: 'equal', value: 'practice' },
          { fact: 'context', path: '/today', operator: 'notBefore', value: '2025-05-01' },
          { not: { fact: 'data', path: '/region', operator: 'notEmpty', value: true } },
        ],
      },
      event: { type: 'require', params: { fields: ['/experience/expertiseSummary'] } },
    };
    const sentence = '当 考生类型 为 经多年中医医术实践 且 当前日期 不早于 2025-05-01 且 并非（申报地区 已填写） 时，要求填写：医术专长综述';
    await expect.poll(() => editor.locator('.sentence').textContent()).toBe(`规则读作：${sentence}`);
    expect(JSON.parse((await editor.locator('pre').textContent())!)).toEqual(expected);

    await editor.getByRole('button', { name: '应用' }).click();
    const card = page.locator('studio-rule-card', { hasText: 'TCM-3.summary-outside-region' });
    await expect.poll(() => card.locator('.sentence').textContent()).toBe(sentence);
    expect(await card.locator('.badge').textContent()).toBe('本年新增');
    const draft = (await page.evaluate(() => (document.querySelector('studio-app') as unknown as { draft: unknown }).draft)) as RulePack;
    expect(draft.rules).toEqual([expected]);
    // The same lint as `rules check` finds nothing, and the edit can be undone.
    await expect.poll(() => page.locator('studio-evidence').getByRole('status').first().textContent(), { timeout: 60_000 }).toContain('没有问题');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => card.count()).toBe(1);

    // The unsaved-changes guard: leaving the year asks first; 取消 keeps the edits.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: /^\d{4} 年$/ }).first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('未保存');
    expect(await card.count()).toBe(1);
    expect(await page.evaluate(() => (document.querySelector('studio-app') as unknown as { dirty: boolean }).dirty)).toBe(true);
  }, 300_000);
});
