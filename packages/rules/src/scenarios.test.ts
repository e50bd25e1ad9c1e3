import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import type { RulePack } from './pack-types.js';
import { resolvePack } from './resolve-pack.js';
import { checkScenarioShape, coverageOf, runScenario, type Scenario } from './scenarios.js';
import { addressFeePack, withoutAddress } from '../test/address-fee.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tcm = readJson(join(formDir, 'definition.json')) as FormDefinition;
const pack = resolvePack([readJson(join(formDir, 'rules/2024.json')) as RulePack], 2024);
const scenarioFiles = readdirSync(join(formDir, 'scenarios')).filter((f) => f.endsWith('.json')).sort();
const scenario = (file: string) => readJson(join(formDir, 'scenarios', file)) as Scenario;

describe('checkScenarioShape', () => {
  it.each(scenarioFiles)('accepts the shipped scenario %s', (file) => {
    expect(checkScenarioShape(scenario(file), file)).toEqual([]);
  });

  it('refuses a scenario without expect, or with a bad requirement id, naming file and pointer', () => {
    const s = scenario('shicheng-pass.json') as unknown as Record<string, unknown>;
    const { expect: _dropped, ...noExpect } = s;
    expect(checkScenarioShape(noExpect, 's.json')).toEqual([{ file: 's.json', pointer: '/expect', message: '缺少必填项“expect”' }]);
    expect(checkScenarioShape({ ...s, requirements: ['tcm-4'] }, 's.json')).toEqual([
      { file: 's.json', pointer: '/requirements/0', message: expect.stringMatching(/^格式错误/) },
    ]);
    expect(checkScenarioShape({ ...s, expect: { complete: 'yes' } }, 's.json')).toEqual([
      { file: 's.json', pointer: '/expect/complete', message: '类型错误，应为 boolean' },
    ]);
    expect(checkScenarioShape({ ...s, expect: { complete: true, issues: [{ path: '/x' }] } }, 's.json')).toEqual([
      { file: 's.json', pointer: '/expect/issues/0/code', message: '缺少必填项“code”' },
    ]);
  });
});

describe('runScenario', () => {
  it('passes a scenario whose expectations hold, with its name, file, requirements and year', async () => {
    const s = scenario('shicheng-pass.json');
    const r = await runScenario(tcm, pack, s, 'shicheng-pass.json');
    expect(r).toMatchObject({ name: s.name, file: 'shicheng-pass.json', requirements: s.requirements, year: 2024, passed: true, failures: [] });
    expect(r.evaluation.complete).toBe(true);
    expect('file' in (await runScenario(tcm, pack, s))).toBe(false);
  });

  it('fails on a wrong complete and on missing and unexpected issues', async () => {
    const s = scenario('shicheng-pass.json');
    const r = await runScenario(tcm, pack, { ...s, expect: { complete: false, issues: [{ path: '/applicant/name', code: 'required' }] } });
    expect(r.passed).toBe(false);
    expect(r.failures).toEqual(['complete 应为 false，实际为 true', '缺少预期的问题：/applicant/name required']);

    const failing = scenario('missing-required-name.json');
    const r2 = await runScenario(tcm, pack, { ...failing, expect: { complete: false, issues: [] } });
    expect(r2.failures).toEqual(['出现意外的问题：/applicant/name required（请填写姓名）']);
  });

  it('checks an expected message when the scenario gives one', async () => {
    const failing = scenario('missing-required-name.json');
    const ok = await runScenario(tcm, pack, { ...failing, expect: { complete: false, issues: [{ path: '/applicant/name', code: 'required', message: '请填写姓名' }] } });
    expect(ok.failures).toEqual([]);
    const wrong = await runScenario(tcm, pack, { ...failing, expect: { complete: false, issues: [{ path: '/applicant/name', code: 'required', message: '请输入姓名' }] } });
    expect(wrong.failures).toEqual(['问题 /applicant/name required 的提示应为“请输入姓名”，实际为“请填写姓名”']);
  });

  it('checks required, notRequired, visible and hidden', async () => {
    const s = scenario('shicheng-pass.json');
    const r = await runScenario(tcm, pack, {
      ...s,
      expect: {
        complete: true,
        required: ['/experience/origin'],
        notRequired: ['/experience/culturalStudy'],
        visible: ['/experience/origin', '/attachments/originProof'],
        hidden: ['/experience/culturalStudy', '/attachments/apprenticeshipContract'],
      },
    });
    expect(r.failures).toEqual([
      '/experience/origin 应为必填',
      '/experience/culturalStudy 不应为必填',
      '/experience/origin 应显示',
      '/attachments/originProof 应显示',
      '/experience/culturalStudy 应隐藏',
      '/attachments/apprenticeshipContract 应隐藏',
    ]);
  });

  it('checks attachment min/max and computed values', async () => {
    const s = scenario('shicheng-pass.json');
    const r = await runScenario(tcm, pack, {
      ...s,
      expect: {
        complete: true,
        attachments: {
          '/attachments/apprenticeshipContract': { min: 2, max: 9 },
          '/teachers/5/attachments/teacherIdCard': { min: 1 },
        },
        computed: { '/fee': 70 },
      },
    });
    expect(r.failures).toEqual([
      '附件 /attachments/apprenticeshipContract 最少数量应为 2，实际为 1',
      '附件 /attachments/apprenticeshipContract 最多数量应为 9，实际为 10',
      '附件 /teachers/5/attachments/teacherIdCard 不存在',
      '计算值 /fee 应为 70，实际为 undefined',
    ]);
  });

  it('compares computed values of a pack with set effects', async () => {
    const withFee = addressFeePack(
      { perTeacher: { value: 35, description: '每位老师审核费' } },
      { all: [{ fact: 'data', path: '/region', operator: 'notEmpty', value: true }] },
      { multiply: [{ count: '/teachers' }, { param: 'perTeacher' }] },
    );
    const s = scenario('shicheng-pass.json');
    const data = withoutAddress(s.data);
    expect((await runScenario(tcm, withFee, { ...s, data, expect: { complete: true, computed: { '/applicant/address': 105 } } })).failures).toEqual([]);
    expect((await runScenario(tcm, withFee, { ...s, data, expect: { complete: true, computed: { '/applicant/address': 70 } } })).failures).toEqual([
      '计算值 /applicant/address 应为 70，实际为 105',
    ]);
  });
});

describe('coverageOf', () => {
  it('splits scenario names per requirement by expected outcome', () => {
    const coverage = coverageOf([
      { name: 'a', requirements: ['TCM-1', 'TCM-2'], expectComplete: true },
      { name: 'b', requirements: ['TCM-1'], expectComplete: false },
      { name: 'c', requirements: ['TCM-2'], expectComplete: true },
    ]);
    expect(Object.fromEntries(coverage)).toEqual({
      'TCM-1': { passing: ['a'], failing: ['b'] },
      'TCM-2': { passing: ['a', 'c'], failing: [] },
    });
    expect(coverageOf([]).size).toBe(0);
  });

  it('covers every scenario-tested TCM requirement with a passing and a failing shipped scenario', () => {
    const coverage = coverageOf(scenarioFiles.map((f) => {
      const s = scenario(f);
      return { name: s.name, requirements: s.requirements, expectComplete: s.expect.complete };
    }));
    const needed = (tcm.requirements ?? []).filter((r) => !r.ui && !r.coveredBy).map((r) => r.id);
    expect(needed).toEqual(expect.arrayContaining(['TCM-1', 'TCM-2', 'TCM-3', 'TCM-4', 'TCM-5', 'TCM-6']));
    for (const id of needed) {
      const row = coverage.get(id);
      expect(row?.passing.length, `${id} passing`).toBeGreaterThan(0);
      expect(row?.failing.length, `${id} failing`).toBeGreaterThan(0);
    }
  });
});
