import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileProblem, FormDefinition } from '@shenbao/core';
import { checkPackShape, lintPack } from './lint-pack.js';
import type { RulePack } from './pack-types.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const packFile = join(formDir, 'rules/2024.json');
const shippedText = readFileSync(packFile, 'utf8');
const shipped = JSON.parse(shippedText) as RulePack;
const tcm = JSON.parse(readFileSync(join(formDir, 'definition.json'), 'utf8')) as FormDefinition;
const FILE = 'rules/2024.json';

/** A deep copy of the shipped pack, typed loosely for mutation. */
type Loose = any;
const copy = (): Loose => structuredClone(shipped);
/** The index of a shipped rule by id. */
const at = (id: string): number => {
  const i = shipped.rules.findIndex((r) => r.id === id);
  if (i === -1) throw new Error(`no rule ${id}`);
  return i;
};

/** Lints a mutated copy with its own JSON text, so problems carry lines. */
function lint(pack: Loose, siblings: RulePack[] = []): { problems: FileProblem[]; text: string } {
  const text = JSON.stringify(pack, null, 2);
  return { problems: lintPack(pack, tcm, FILE, siblings, text), text };
}

/** Asserts one problem at `pointer` whose line shows `lineHas` in the text; returns it. */
function expectProblem(result: { problems: FileProblem[]; text: string }, pointer: string, lineHas: string, message?: string | RegExp): FileProblem {
  const found = result.problems.filter((p) => p.pointer === pointer);
  expect(found, `problem at ${pointer} in ${JSON.stringify(result.problems)}`).toHaveLength(1);
  const problem = found[0]!;
  expect(problem.file).toBe(FILE);
  expect(problem.line).toBeTypeOf('number');
  expect(problem.column).toBeTypeOf('number');
  expect(result.text.split('\n')[problem.line! - 1]).toContain(lineHas);
  if (message !== undefined) expect(problem.message).toMatch(message);
  return problem;
}

describe('lintPack: the shipped TCM pack', () => {
  it('lints clean, with and without its text', () => {
    expect(lintPack(shipped, tcm, FILE, [shipped], shippedText)).toEqual([]);
    expect(lintPack(shipped, tcm, FILE)).toEqual([]);
    expect(checkPackShape(shipped, FILE)).toEqual([]);
  });
});

describe('lintPack: each refusal with its exact JSON Pointer', () => {
  it('an unknown data field in a condition path', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].conditions.all[0].path = '/candidateKind';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/0/path`, '"path": "/candidateKind"', '字段“/candidateKind”在表单数据中不存在');
  });

  it('an unknown field in a require effect', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].event.params.fields[1] = '/experience/apprentice';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/event/params/fields/1`, '"/experience/apprentice"', /\/experience\/apprentice/);
  });

  it('an unknown slot in an attachment effect', () => {
    const m = copy();
    const r = at('TCM-6.shicheng-contract');
    m.rules[r].event.params.slot = 'contract';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    const p = expectProblem(result, `/rules/${r}/event/params/slot`, '"slot": "contract"', /附件槽位“contract”不存在/);
    expect(p.message).toContain('apprenticeshipContract');
  });

  it('an unknown slot in show.slots', () => {
    const m = copy();
    const r = at('TCM-6.shicheng-show');
    m.rules[r].event.params.slots[2] = 'assessment';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/event/params/slots/2`, '"assessment"', '附件槽位“assessment”不存在');
  });

  it('an unknown operator', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].conditions.all[0].operator = 'equals';
    const result = lint(m);
    expectProblem(result, `/rules/${r}/conditions/all/0/operator`, '"operator": "equals"', /^未知的运算符“equals”（可用：equal、notEqual、/);
    for (const p of result.problems) expect(p.pointer.startsWith(`/rules/${r}/conditions/all/0`)).toBe(true);
  });

  it('an unknown param in a value fact reference', () => {
    const m = copy();
    const r = at('TCM-4.recommender-count');
    m.rules[r].conditions.all[0].value.path = '/minRecommender';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    const p = expectProblem(result, `/rules/${r}/conditions/all/0/value`, '"value"', /参数“minRecommender”不存在/);
    expect(p.message).toContain('minRecommenders');
  });

  it('an unknown param in a set expression', () => {
    const m = copy();
    m.rules.push({
      id: 'COMMON-2.address',
      description: '通讯地址默认为申报地区',
      conditions: { all: [{ fact: 'data', path: '/region', operator: 'notEmpty', value: true }] },
      event: { type: 'set', params: { path: '/applicant/address', value: { add: [1, { param: 'addressDefault' }] } } },
    });
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${m.rules.length - 1}/event/params/value`, '"value"', '参数“addressDefault”不存在');
  });

  it('the item fact outside a forEach rule', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].conditions.all[0] = { fact: 'item', path: '/role', operator: 'equal', value: 'guidance' };
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/0/path`, '"path": "/role"', '事实“item”只能用于带 forEach 的规则');
  });

  it('forEach over a field that is not an array', () => {
    const m = copy();
    const r = at('TCM-1.recommender-region');
    m.rules[r].forEach = '/applicant';
    const result = lint(m);
    expectProblem(result, `/rules/${r}/forEach`, '"forEach": "/applicant"', 'forEach 指向的“/applicant”不是数据中的数组');
  });

  it('extends to a year that does not exist', () => {
    const m = copy();
    m.year = 2025;
    m.extends = 2023;
    const result = lint(m, [shipped]);
    expectProblem(result, '/extends', '"extends": 2023', '2025 年规则包继承的 2023 年规则包不存在');
  });

  it('duplicate rule ids', () => {
    const m = copy();
    const r = at('TCM-2.show');
    m.rules[r].id = 'TCM-2.require';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/id`, '"id": "TCM-2.require"', `规则 id“TCM-2.require”重复（与 /rules/${at('TCM-2.require')} 相同）`);
  });

  it('a rule id that does not match the pattern (meta-schema)', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].id = 'tcm2_require';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/id`, '"id": "tcm2_require"', /^格式错误，应匹配/);
    expect(checkPackShape(m, FILE)).toEqual([{ file: FILE, pointer: `/rules/${r}/id`, message: result.problems[0]!.message }]);
  });

  it('count over a field that is not an array', () => {
    const m = copy();
    const r = at('TCM-4.recommender-count');
    m.rules[r].conditions.all[0].params.path = '/applicant';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/0/params/path`, '"path": "/applicant"', '“/applicant”不是表单数据中的数组');
  });

  it('a count filter on a field the items do not have', () => {
    const m = copy();
    const r = at('TCM-4.recommender-count');
    m.rules[r].conditions.all[0].params.where = { '/kind': 'recommender' };
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/0/params/where`, '"where"', '筛选字段“/teachers/*/kind”不存在');
  });

  it('a context fact the definition does not declare', () => {
    const m = copy();
    const r = at('COMMON-5.birth-date-future');
    m.rules[r].conditions.all[1].path = '/now';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/1/path`, '"path": "/now"', '上下文事实“/now”未在定义的 context 中声明');
  });

  it('an unknown item field in a forEach rule', () => {
    const m = copy();
    const r = at('TCM-1.recommender-region');
    m.rules[r].conditions.all[0].path = '/kind';
    const result = lint(m);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, `/rules/${r}/conditions/all/0/path`, '"path": "/kind"', '字段“/teachers/*/kind”在表单数据中不存在');
  });

  it('an unknown error path, unknown set target and min above max', () => {
    const m = copy();
    const e = at('TCM-4.recommender-count');
    const a = at('TCM-6.shicheng-contract');
    m.rules[e].event.params.path = '/recommenders';
    m.rules[a].event.params.min = 3;
    m.rules[a].event.params.max = 2;
    m.rules.push({
      id: 'COMMON-2.fee',
      description: '费用',
      conditions: { all: [{ fact: 'data', path: '/region', operator: 'notEmpty', value: true }] },
      event: { type: 'set', params: { path: '/fee', value: 70 } },
    });
    const result = lint(m);
    expect(result.problems.map((p) => p.pointer).sort()).toEqual(
      [`/rules/${e}/event/params/path`, `/rules/${a}/event/params/min`, `/rules/${m.rules.length - 1}/event/params/path`].sort(),
    );
    expectProblem(result, `/rules/${a}/event/params/min`, '"min": 3', '最少数量 3 大于最多数量 2');
  });

  it('remove without extends, and a form id that differs from the definition', () => {
    const m = copy();
    m.remove = ['TCM-2.show'];
    m.form = 'health-qualification';
    const result = lint(m);
    expect(result.problems.map((p) => p.pointer).sort()).toEqual(['/form', '/remove']);
    expectProblem(result, '/remove', '"remove"', '没有继承（extends）的规则包不能删除规则');
    expectProblem(result, '/form', '"form"', /health-qualification/);
  });

  it('remove of an id the parent does not have (with extends)', () => {
    const child = { form: 'tcm-expertise', year: 2025, extends: 2024, remove: ['TCM-9.none'], rules: [] };
    const result = lint(child, [shipped]);
    expect(result.problems).toHaveLength(1);
    expectProblem(result, '/remove', '"remove"', /TCM-9\.none/);
  });

  it('reads params inherited through extends', () => {
    const child = {
      form: 'tcm-expertise',
      year: 2025,
      extends: 2024,
      params: { minRecommenders: { value: 3, description: '最少推荐医师人数' } },
      rules: [
        {
          id: 'TCM-4.guidance-teacher-count',
          description: '指导老师人数',
          conditions: {
            all: [{ fact: 'count', params: { path: '/teachers', where: { '/role': 'guidance' } }, operator: 'greaterThan', value: { fact: 'params', path: '/guidanceTeachers' } }],
          },
          event: { type: 'error', params: { path: '/teachers', code: 'too-many', message: { 'zh-CN': '指导老师过多' } } },
        },
      ],
    };
    expect(lint(child, [shipped]).problems).toEqual([]);
    // Without the parent the inherited param is unknown and extends cannot resolve.
    expect(lint(child, []).problems.map((p) => p.pointer).sort()).toEqual(['/extends', '/rules/0/conditions/all/0/value']);
  });

  it('leaves line undefined without the source text', () => {
    const m = copy();
    m.rules[at('TCM-2.require')].conditions.all[0].path = '/candidateKind';
    const problems = lintPack(m, tcm, FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeUndefined();
    expect(problems[0]!.pointer).toBe(`/rules/${at('TCM-2.require')}/conditions/all/0/path`);
  });

  it('refuses a value that is not a pack at all, with a pointer', () => {
    expect(checkPackShape(null, FILE)).toEqual([expect.objectContaining({ file: FILE, pointer: '' })]);
    expect(checkPackShape({ form: 'tcm-expertise', year: 2024 }, FILE)).toEqual([{ file: FILE, pointer: '/rules', message: '缺少必填项“rules”' }]);
    expect(lintPack({ form: 'tcm-expertise', year: '2024', rules: [] }, tcm, FILE)).toEqual([expect.objectContaining({ file: FILE, pointer: '/year' })]);
  });
});

describe('lintPack: the mistakes a host met at the door (issue 13 item 5)', () => {
  it('a rule requiring an unknown field (/experiance)', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].event.params.fields[0] = '/experiance';
    expectProblem(lint(m), `/rules/${r}/event/params/fields/0`, '"/experiance"', '字段“/experiance”在表单数据中不存在');
  });

  it('a pack whose form id differs from the definition', () => {
    const m = copy();
    m.form = 'tcm-expertize';
    expectProblem(lint(m), '/form', '"form": "tcm-expertize"', '规则包的表单“tcm-expertize”与定义“tcm-expertise”不一致');
  });

  it('an unknown fact is named with the facts there are', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].conditions.all[0].fact = 'answers';
    expectProblem(lint(m), `/rules/${r}/conditions/all/0/fact`, '"fact": "answers"', '未知的事实“answers”（可用：data、context、params、count、item、index）');
  });

  it('an unknown effect is named with the effects there are', () => {
    const m = copy();
    const r = at('TCM-2.require');
    m.rules[r].event.type = 'warn';
    const result = lint(m);
    expectProblem(result, `/rules/${r}/event/type`, '"type": "warn"', /^未知的效果“warn”（可用：require、show、hide、/);
  });
});
