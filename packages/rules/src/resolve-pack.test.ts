import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate } from './evaluate.js';
import type { PackRule, RulePack } from './pack-types.js';
import { newestYear, PackResolutionError, resolvePack, resolveStandalone } from './resolve-pack.js';
import type { Scenario } from './scenarios.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tcm = readJson(join(formDir, 'definition.json')) as FormDefinition;
const shipped2024 = readJson(join(formDir, 'rules/2024.json')) as RulePack;
const scenario = (file: string) => readJson(join(formDir, 'scenarios', file)) as Scenario;

/** A fresh copy of the shipped 2024 pack. */
const p2024 = () => structuredClone(shipped2024);

const regionForAll: PackRule = {
  id: 'TCM-1.recommender-region',
  description: '2025 年起指导老师的执业地点也须与申报地区一致',
  forEach: '/teachers',
  conditions: {
    all: [
      { fact: 'item', path: '/practiceLocation', operator: 'notEmpty', value: true },
      { fact: 'item', path: '/practiceLocation', operator: 'notEqual', value: { fact: 'data', path: '/region' } },
    ],
  },
  event: {
    type: 'error',
    params: { path: '/teachers/*/practiceLocation', code: 'region-mismatch', message: { 'zh-CN': '老师执业地点须与申报地区一致' } },
  },
};

const addressRule: PackRule = {
  id: 'COMMON-2.address',
  description: '2025 年起须填写通讯地址',
  conditions: { all: [{ fact: 'data', path: '/candidateType', operator: 'notEmpty', value: true }] },
  event: { type: 'require', params: { fields: ['/applicant/address'] } },
};

/** A test pack (not shipped): raises minRecommenders, replaces, removes and adds a rule. */
const p2025 = (): RulePack => ({
  form: 'tcm-expertise',
  year: 2025,
  extends: 2024,
  params: { minRecommenders: { value: 3, description: '最少推荐医师人数（2025 年起 3 名）' } },
  remove: ['TCM-6.practice-years'],
  rules: [regionForAll, addressRule],
});

const p2026 = (): RulePack => ({
  form: 'tcm-expertise',
  year: 2026,
  extends: 2025,
  params: { guidanceTeachers: { value: 2, description: '2026 年起两名指导老师' } },
  remove: ['COMMON-2.address'],
  rules: [],
});

/** The error a resolution throws. */
function failure(run: () => unknown): PackResolutionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PackResolutionError);
    return error as PackResolutionError;
  }
  throw new Error('resolution did not fail');
}

describe('resolvePack', () => {
  it('resolves a stand-alone year as it is', () => {
    const r = resolvePack([p2024()], 2024);
    expect(r.form).toBe('tcm-expertise');
    expect(r.year).toBe(2024);
    expect(r.chain).toEqual([2024]);
    expect(r.params).toEqual(shipped2024.params);
    expect(r.rules).toEqual(shipped2024.rules);
    expect(resolveStandalone(p2024())).toEqual(r);
  });

  it('applies a 2025 pack over 2024: param changed, rule replaced in place, rule removed, rule added', () => {
    const r = resolvePack([p2025(), p2024()], 2025);
    expect(r.year).toBe(2025);
    expect(r.chain).toEqual([2024, 2025]);
    expect(r.params.minRecommenders).toEqual({ value: 3, description: '最少推荐医师人数（2025 年起 3 名）' });
    expect(r.params.guidanceTeachers).toEqual(shipped2024.params!.guidanceTeachers);

    const ids = r.rules.map((x) => x.id);
    const inherited = shipped2024.rules.map((x) => x.id).filter((id) => id !== 'TCM-6.practice-years');
    expect(ids).toEqual([...inherited, 'COMMON-2.address']);
    expect(ids).not.toContain('TCM-6.practice-years');
    expect(ids.indexOf('TCM-1.recommender-region')).toBe(shipped2024.rules.findIndex((x) => x.id === 'TCM-1.recommender-region'));
    expect(r.rules.find((x) => x.id === 'TCM-1.recommender-region')).toEqual(regionForAll);
    expect(r.rules.find((x) => x.id === 'COMMON-2.address')).toEqual(addressRule);
  });

  it('does not change the packs it resolves from', () => {
    const a = p2024();
    const b = p2025();
    resolvePack([a, b], 2025);
    expect(a).toEqual(shipped2024);
    expect(b).toEqual(p2025());
    expect(resolvePack([a, b], 2024).params.minRecommenders!.value).toBe(2);
  });

  it('resolves a chain 2024 ← 2025 ← 2026, oldest first', () => {
    const r = resolvePack([p2026(), p2024(), p2025()], 2026);
    expect(r.chain).toEqual([2024, 2025, 2026]);
    expect(r.params.minRecommenders!.value).toBe(3);
    expect(r.params.guidanceTeachers!.value).toBe(2);
    const ids = r.rules.map((x) => x.id);
    expect(ids).not.toContain('COMMON-2.address');
    expect(ids).not.toContain('TCM-6.practice-years');
    expect(r.rules.find((x) => x.id === 'TCM-1.recommender-region')).toEqual(regionForAll);
    expect(r.rules).toHaveLength(shipped2024.rules.length - 1);
  });

  it('refuses a missing year, listing the known years', () => {
    const e = failure(() => resolvePack([p2025(), p2024()], 2023));
    expect(e.code).toBe('missing-year');
    expect(e.message).toContain('2023');
    expect(e.message).toContain('2024, 2025');
  });

  it('refuses a missing parent', () => {
    const e = failure(() => resolvePack([p2024(), p2026()], 2026));
    expect(e.code).toBe('missing-parent');
    expect(e.message).toBe('2026 年规则包继承的 2025 年规则包不存在');
    expect(failure(() => resolveStandalone(p2025())).code).toBe('missing-parent');
  });

  it('refuses packs that extend each other as a cycle', () => {
    const a = { ...p2024(), extends: 2025 };
    const e = failure(() => resolvePack([a, p2025()], 2025));
    expect(e.code).toBe('cycle');
    expect(e.message).toContain('2025 → 2024 → 2025');
    expect(failure(() => resolvePack([{ ...p2024(), extends: 2024 }], 2024)).code).toBe('cycle');
  });

  it('refuses a parent that is not earlier', () => {
    const later = { ...p2024(), year: 2026 };
    const e = failure(() => resolvePack([{ ...p2025(), extends: 2026 }, later], 2025));
    expect(e.code).toBe('parent-not-earlier');
    expect(e.message).toBe('2025 年规则包继承的 2026 年不早于本年');
  });

  it('refuses removing a rule id that is not inherited', () => {
    const e = failure(() => resolvePack([p2024(), { ...p2025(), remove: ['TCM-6.no-such-rule'] }], 2025));
    expect(e.code).toBe('remove-unknown');
    expect(e.message).toContain('TCM-6.no-such-rule');
  });

  it('refuses a parent of another form', () => {
    const e = failure(() => resolvePack([{ ...p2024(), form: 'health-qualification' }, p2025()], 2025));
    expect(e.code).toBe('wrong-form');
    expect(e.message).toContain('health-qualification');
  });
});

describe('evaluate with a resolved 2025 pack', () => {
  const pack2024 = resolvePack([p2024(), p2025()], 2024);
  const pack2025 = resolvePack([p2024(), p2025()], 2025);

  it('fails a two-recommender declaration that passes in 2024 (minRecommenders raised to 3)', async () => {
    const s = scenario('practice-pass.json');
    const in2024 = await evaluate(tcm, pack2024, s.data, s.context);
    expect(in2024.issues).toEqual([]);
    expect(in2024.complete).toBe(true);
    const in2025 = await evaluate(tcm, pack2025, s.data, s.context);
    expect(in2025.complete).toBe(false);
    expect(in2025.issues).toEqual([expect.objectContaining({ path: '/teachers', code: 'recommender-count', message: '须填报至少 3 名推荐医师' })]);
  });

  it('drops the removed practice-proof requirement and applies the replaced and added rules', async () => {
    const s = scenario('practice-pass.json');
    const data = structuredClone(s.data) as { teachers: unknown[]; attachments: Record<string, unknown>; applicant: Record<string, unknown> };
    // A third recommender: another person (TCM-8 counts one ID number once).
    data.teachers.push({ ...(structuredClone(data.teachers[0]) as object), idNumber: '420102196505120037' });
    delete data.attachments.practiceProof;
    const in2024 = await evaluate(tcm, pack2024, data, s.context);
    expect(in2024.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/attachments/practiceProof attachment-min']);
    expect((await evaluate(tcm, pack2025, data, s.context)).issues).toEqual([]);

    delete data.applicant.address;
    expect((await evaluate(tcm, pack2024, data, s.context)).issues.map((i) => i.path)).not.toContain('/applicant/address');
    expect((await evaluate(tcm, pack2025, data, s.context)).issues).toEqual([expect.objectContaining({ path: '/applicant/address', code: 'required', source: 'COMMON-2.address' })]);

    const shicheng = scenario('shicheng-pass.json');
    const guidanceElsewhere = await evaluate(tcm, pack2025, shicheng.data, shicheng.context);
    expect(guidanceElsewhere.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(['/teachers recommender-count', '/teachers/0/practiceLocation region-mismatch']);
  });
});

describe('the year a pack list resolves to by default', () => {
  it('is the newest year, whatever the order; none for no packs', () => {
    const p2025: RulePack = { form: 'tcm-expertise', year: 2025, extends: 2024, rules: [addressRule] };
    expect(newestYear([p2025, p2024()])).toBe(2025);
    expect(resolvePack([p2025, p2024()]).year).toBe(2025);
    expect(resolvePack([p2025, p2024()]).chain).toEqual([2024, 2025]);
    expect(newestYear([])).toBeUndefined();
    expect(() => resolvePack([])).toThrow(PackResolutionError);
  });
});
