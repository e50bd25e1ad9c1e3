import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPacks, formatPackDiff } from './diff-packs.js';
import type { PackRule, RulePack } from './pack-types.js';
import { resolvePack } from './resolve-pack.js';

const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../forms/tcm-expertise/rules/2024.json'), 'utf8')) as RulePack;
const base = resolvePack([shipped], 2024);
const ruleOf = (id: string): PackRule => structuredClone(shipped.rules.find((r) => r.id === id)!);

const addressRule: PackRule = {
  id: 'COMMON-2.address',
  description: '须填写通讯地址',
  conditions: { all: [{ fact: 'data', path: '/candidateType', operator: 'notEmpty', value: true }] },
  event: { type: 'require', params: { fields: ['/applicant/address'] } },
};

/** A 2025 test pack changing one of each kind. */
function next(): RulePack {
  const regionRule = ruleOf('TCM-1.recommender-region');
  regionRule.conditions = {
    all: [
      { fact: 'item', path: '/role', operator: 'in', value: ['recommender', 'guidance'] },
      { fact: 'item', path: '/practiceLocation', operator: 'notEqual', value: { fact: 'data', path: '/region' } },
    ],
  };
  const birthRule = ruleOf('COMMON-5.birth-date-future');
  birthRule.description = '出生日期不得晚于今天';
  return {
    form: 'tcm-expertise',
    year: 2025,
    extends: 2024,
    params: {
      minRecommenders: { value: 3, description: '最少推荐医师人数（2025 年起 3 名）' },
      feePerSubject: { value: 70, description: '每科考试费（元）' },
    },
    remove: ['TCM-6.practice-years'],
    rules: [regionRule, birthRule, addressRule],
  };
}

describe('diffPacks', () => {
  const a = base;
  const b = resolvePack([shipped, next()], 2025);
  const d = diffPacks(a, b);

  it('names the form and the years', () => {
    expect(d).toMatchObject({ form: 'tcm-expertise', from: 2024, to: 2025 });
  });

  it('lists params changed and added', () => {
    // guidanceTeachers is inherited unchanged and is not listed.
    expect(d.params).toEqual([
      { name: 'minRecommenders', change: 'changed', description: '最少推荐医师人数（2025 年起 3 名）', from: 2, to: 3 },
      { name: 'feePerSubject', change: 'added', description: '每科考试费（元）', to: 70 },
    ]);
  });

  it('lists a removed param', () => {
    const without = { ...b, params: { minRecommenders: b.params.minRecommenders! } };
    expect(diffPacks(b, without).params).toEqual([
      { name: 'guidanceTeachers', change: 'removed', description: shipped.params!.guidanceTeachers!.description, from: 1 },
      { name: 'feePerSubject', change: 'removed', description: '每科考试费（元）', from: 70 },
    ]);
  });

  it('lists rules removed, added and changed', () => {
    const byId = Object.fromEntries(d.rules.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(['COMMON-2.address', 'COMMON-5.birth-date-future', 'TCM-1.recommender-region', 'TCM-6.practice-years']);
    expect(byId['TCM-6.practice-years']).toEqual({ id: 'TCM-6.practice-years', change: 'removed', description: ruleOf('TCM-6.practice-years').description });
    expect(byId['COMMON-2.address']).toEqual({ id: 'COMMON-2.address', change: 'added', description: '须填写通讯地址' });
  });

  it('gives the changed lines of a changed rule body as a patch', () => {
    const change = d.rules.find((r) => r.id === 'TCM-1.recommender-region')!;
    expect(change.change).toBe('changed');
    expect(change.previousDescription).toBeUndefined();
    const patch = change.patch!;
    expect(patch[0]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    expect(patch.some((l) => l.startsWith('-') && l.includes('"equal"'))).toBe(true);
    expect(patch.some((l) => l.startsWith('-') && l.includes('"notEmpty"'))).toBe(true);
    expect(patch.some((l) => l.startsWith('+') && l.includes('"in"'))).toBe(true);
    expect(patch.some((l) => l.startsWith('+') && l.includes('"guidance"'))).toBe(true);
    // Unchanged parts of the body (the event) are not in the patch.
    expect(patch.some((l) => l.includes('region-mismatch'))).toBe(false);
  });

  it('reports a description-only change without a patch', () => {
    const change = d.rules.find((r) => r.id === 'COMMON-5.birth-date-future')!;
    expect(change).toEqual({
      id: 'COMMON-5.birth-date-future',
      change: 'changed',
      description: '出生日期不得晚于今天',
      previousDescription: ruleOf('COMMON-5.birth-date-future').description,
    });
  });

  it('sees a changed param value in a nested JSON value', () => {
    const x = { ...a, params: { list: { value: [1, { y: 2 }], description: '列表' } } };
    const y = { ...a, params: { list: { value: [1, { y: 3 }], description: '列表' } } };
    expect(diffPacks(x, y).params).toEqual([{ name: 'list', change: 'changed', description: '列表', from: [1, { y: 2 }], to: [1, { y: 3 }] }]);
    expect(diffPacks(x, { ...x, params: { list: { value: [1, { y: 2 }], description: '只改了说明' } } }).params).toEqual([]);
  });
});

describe('formatPackDiff', () => {
  it('renders a readable Chinese report with the marks, ids, values and patch lines', () => {
    const text = formatPackDiff(diffPacks(base, resolvePack([shipped, next()], 2025)));
    const lines = text.split('\n');
    expect(lines[0]).toBe('表单 tcm-expertise：2024 年 → 2025 年');
    expect(text).toContain('参数：');
    expect(text).toContain('规则：');
    expect(text).toContain('~ 修改 minRecommenders（最少推荐医师人数（2025 年起 3 名））：2 → 3');
    expect(text).toContain('+ 新增 feePerSubject（每科考试费（元））：70');
    expect(text).toContain('- 删除 TCM-6.practice-years：');
    expect(text).toContain('+ 新增 COMMON-2.address：须填写通讯地址');
    expect(text).toContain('~ 修改 TCM-1.recommender-region：');
    expect(text).toContain('~ 修改 COMMON-5.birth-date-future：出生日期不得晚于今天');
    expect(text).toContain(`说明原为：${ruleOf('COMMON-5.birth-date-future').description}`);
    expect(lines.some((l) => /^ {6}@@ /.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}\+.*"guidance"/.test(l))).toBe(true);
  });

  it('says 没有差异 for identical packs', () => {
    const d = diffPacks(base, resolvePack([structuredClone(shipped)], 2024));
    expect(d.params).toEqual([]);
    expect(d.rules).toEqual([]);
    expect(formatPackDiff(d)).toBe('表单 tcm-expertise：2024 年 → 2024 年\n没有差异。');
  });

  it('renders a removed param with its old value', () => {
    const without = { ...base, year: 2025, params: { minRecommenders: base.params.minRecommenders! } };
    expect(formatPackDiff(diffPacks(base, without))).toContain('- 删除 guidanceTeachers（师承方式须填报的指导老师人数）：1');
  });
});
