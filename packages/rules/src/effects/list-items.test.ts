/**
 * Rules across list items (TCM-8): `distinct` and `disjoint` on the real TCM form, their lint and
 * their meta-schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate } from '../evaluate.js';
import { checkPackShape, lintPack } from '../lint-pack.js';
import type { PackRule, RulePack } from '../pack-types.js';
import { resolveStandalone } from '../resolve-pack.js';

const dir = join(import.meta.dirname, '../../../forms/tcm-expertise');
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const tcm = read('definition.json') as FormDefinition;
const shipped = read('rules/2024.json') as RulePack;
const pass = read('scenarios/shicheng-pass.json') as { data: { teachers: Record<string, unknown>[] }; context: Record<string, unknown> };
const pack = resolveStandalone(shipped);

const withIds = (...ids: string[]) => {
  const data = structuredClone(pass.data);
  ids.forEach((id, i) => (data.teachers[i]!.idNumber = id));
  return data;
};
const [g, r1, r2] = pass.data.teachers.map((t) => t.idNumber as string) as [string, string, string];
const dupes = async (data: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  (await evaluate(tcm, pack, data, pass.context, { locale })).issues.filter((i) => i.code === 'duplicate-person').map((i) => [i.path, i.message, i.params]);

describe('distinct and disjoint (TCM-8)', () => {
  it('passes three different persons', async () => {
    expect(await dupes(pass.data)).toEqual([]);
  });

  it('flags a recommender who is the guidance teacher, at the recommender, naming both', async () => {
    expect(await dupes(withIds(g, r1, g))).toEqual([
      ['/teachers/2/idNumber', '第2名推荐医师与指导老师是同一人（证件号码相同）', expect.objectContaining({ index: 2, otherIndex: 1, item: 3, otherItem: 1 })],
    ]);
    expect((await dupes(withIds(g, g, r2), 'en'))[0]![1]).toBe('Recommending physician 1 is the same person as the guidance teacher (same document number)');
  });

  it('flags a recommender entered twice at the later entry, also when the keys differ only in case', async () => {
    expect(await dupes(withIds(g, r1, r1))).toEqual([['/teachers/2/idNumber', '第2名推荐医师与第1名推荐医师是同一人（证件号码相同）', expect.objectContaining({ index: 2, otherIndex: 1 })]]);
    const data = withIds(g, '42010619680203005x', '42010619680203005X');
    expect((await dupes(data)).map((d) => d[0])).toEqual(['/teachers/2/idNumber']);
  });

  it('skips blank keys (a missing ID number is a required-field issue, not a duplicate)', async () => {
    expect(await dupes(withIds(g, '', ''))).toEqual([]);
  });

  it('is linted: list, key and filter pointers must be fields of the list items', () => {
    const rule: PackRule = {
      id: 'TCM-8.bad',
      description: '错误的键',
      conditions: { all: [] },
      event: { type: 'disjoint', params: { list: '/teachers', key: '/idNo', where: { '/role': 'recommender' }, from: { '/kind': 'guidance' }, code: 'duplicate-person', message: { 'zh-CN': '重复' } } },
    };
    const problems = lintPack({ ...shipped, rules: [...shipped.rules, rule] }, tcm, 'rules/2024.json');
    expect(problems.map((p) => p.pointer)).toEqual([`/rules/${shipped.rules.length}/event/params/key`, `/rules/${shipped.rules.length}/event/params/from`]);
  });

  it('is in the pack meta-schema: a disjoint effect without `from` is refused', () => {
    const rule = { id: 'TCM-8.bad', description: '缺少 from', conditions: { all: [] }, event: { type: 'disjoint', params: { list: '/teachers', key: '/idNumber', where: {}, code: 'x', message: { 'zh-CN': '重复' } } } };
    expect(checkPackShape({ ...shipped, rules: [rule] }, 'p.json').length).toBeGreaterThan(0);
    expect(checkPackShape(shipped, 'p.json')).toEqual([]);
  });
});
