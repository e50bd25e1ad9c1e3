import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate } from './evaluate.js';
import { evaluateExpression, ExpressionError, expressionRefs, type ExpressionScope } from './expressions.js';
import type { Expression } from './pack-types.js';
import { addressFeePack, withoutAddress } from '../test/address-fee.js';

const scope: ExpressionScope = {
  data: {
    name: '张三',
    subjects: [{ code: 'a', kind: 'x' }, { code: 'b', kind: 'y' }, { code: 'c', kind: 'x' }],
    nested: { n: 4 },
    text: 'abc',
  },
  context: { surcharge: 5, unit: { code: 'U1' } },
  params: { perSubject: { value: 70, description: '每科费用' }, label: { value: '费用', description: '名称' } },
};

const fails = (expr: unknown): ExpressionError => {
  try {
    evaluateExpression(expr as Expression, scope);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error('expression did not fail');
};

describe('evaluateExpression', () => {
  it('returns literals as they are', () => {
    expect(evaluateExpression(70, scope)).toBe(70);
    expect(evaluateExpression('元', scope)).toBe('元');
    expect(evaluateExpression(true, scope)).toBe(true);
    expect(evaluateExpression(null, scope)).toBeNull();
  });

  it('reads params by value, data and context by JSON Pointer', () => {
    expect(evaluateExpression({ param: 'perSubject' }, scope)).toBe(70);
    expect(evaluateExpression({ param: 'label' }, scope)).toBe('费用');
    expect(evaluateExpression({ data: '/nested/n' }, scope)).toBe(4);
    expect(evaluateExpression({ data: '/subjects/1/code' }, scope)).toBe('b');
    expect(evaluateExpression({ data: '/missing' }, scope)).toBeUndefined();
    expect(evaluateExpression({ context: '/unit/code' }, scope)).toBe('U1');
    expect(evaluateExpression({ context: '/none' }, scope)).toBeUndefined();
  });

  it('counts array items, optionally filtered', () => {
    expect(evaluateExpression({ count: '/subjects' }, scope)).toBe(3);
    expect(evaluateExpression({ count: '/subjects', where: { '/kind': 'x' } }, scope)).toBe(2);
    expect(evaluateExpression({ count: '/subjects', where: { '/kind': 'x', '/code': 'c' } }, scope)).toBe(1);
    expect(evaluateExpression({ count: '/name' }, scope)).toBe(0);
    expect(evaluateExpression({ count: '/none' }, scope)).toBe(0);
  });

  it('adds and multiplies, nested', () => {
    expect(evaluateExpression({ multiply: [{ count: '/subjects' }, { param: 'perSubject' }] }, scope)).toBe(210);
    expect(evaluateExpression({ add: [{ multiply: [{ count: '/subjects', where: { '/kind': 'x' } }, { param: 'perSubject' }] }, { context: '/surcharge' }, 1] }, scope)).toBe(146);
    expect(evaluateExpression({ add: [{ data: '/nested/n' }] }, scope)).toBe(4);
    expect(evaluateExpression({ multiply: [2, 2.5] }, scope)).toBe(5);
  });

  it('fills a text with numbered slots: the manual\'s fee sentence as data', () => {
    const fee = { format: '合计报考{0}科，共计{1}元', args: [{ count: '/subjects' }, { multiply: [{ count: '/subjects' }, { param: 'perSubject' }] }] };
    expect(evaluateExpression(fee, scope)).toBe('合计报考3科，共计210元');
    expect(evaluateExpression({ format: '{1}-{0}-{2}', args: ['a', { data: '/text' }] }, scope)).toBe('abc-a-{2}');
    expect(fails({ format: '{0}', args: [{ data: '/missing' }] }).message).toContain('args[0]');
    expect(expressionRefs(fee)).toEqual({ data: ['/subjects', '/subjects'], context: [], params: ['perSubject'] });
  });

  it('refuses a missing param, including names an object inherits', () => {
    expect(fails({ param: 'fee' }).message).toBe('参数 fee 不存在');
    expect(fails({ param: 'toString' }).message).toBe('参数 toString 不存在');
    expect(fails({ param: '__proto__' }).message).toBe('参数 __proto__ 不存在');
  });

  it('refuses non-numbers in arithmetic, naming the operand', () => {
    expect(fails({ add: [1, { data: '/text' }] }).message).toBe('add[1] 不是数字（"abc"）');
    expect(fails({ multiply: [{ data: '/missing' }, 2] }).message).toBe('multiply[0] 不是数字（undefined）');
    expect(fails({ add: ['1', 2] }).message).toBe('add[0] 不是数字（"1"）');
    expect(fails({ multiply: [{ data: '/nested' }] }).message).toBe('multiply[0] 不是数字（{"n":4}）');
  });

  it('refuses an expression it does not know', () => {
    expect(fails({ divide: [1, 2] }).message).toBe('无法识别的表达式 {"divide":[1,2]}');
    expect(fails([1, 2]).message).toBe('无法识别的表达式 [1,2]');
  });
});

describe('expressionRefs', () => {
  it('collects the data pointers, context pointers and params an expression reads', () => {
    expect(
      expressionRefs({ add: [{ multiply: [{ count: '/subjects', where: { '/kind': 'x' } }, { param: 'perSubject' }] }, { context: '/surcharge' }, { data: '/nested/n' }, 3] }),
    ).toEqual({ data: ['/subjects', '/nested/n'], context: ['/surcharge'], params: ['perSubject'] });
    expect(expressionRefs(42)).toEqual({ data: [], context: [], params: [] });
    expect(expressionRefs(null)).toEqual({ data: [], context: [], params: [] });
  });
});

describe('expressions in a set effect (through evaluate)', () => {
  const tcm = JSON.parse(readFileSync(join(import.meta.dirname, '../../forms/tcm-expertise/definition.json'), 'utf8')) as FormDefinition;
  const scenario = JSON.parse(readFileSync(join(import.meta.dirname, '../../forms/tcm-expertise/scenarios/shicheng-pass.json'), 'utf8')) as { data: Record<string, unknown>; context: Record<string, unknown> };

  it('computes from params, counts and context in the engine run', async () => {
    const pack = addressFeePack(
      { perRecommender: { value: 50, description: '每名推荐医师审核费' } },
      { all: [{ fact: 'count', params: { path: '/teachers', where: { '/role': 'recommender' } }, operator: 'greaterThan', value: 0 }] },
      { add: [{ multiply: [{ count: '/teachers', where: { '/role': 'recommender' } }, { param: 'perRecommender' }] }, { context: '/extra' }] },
    );
    const data = withoutAddress(scenario.data);
    const e = await evaluate(tcm, pack, data, { ...scenario.context, extra: 7 });
    expect(e.computed).toEqual({ '/applicant/address': 107 });
    const bad = await evaluate(tcm, pack, data, { ...scenario.context, extra: 'seven' });
    expect(bad.computed).toEqual({});
    expect(bad.issues).toEqual([expect.objectContaining({ path: '/applicant/address', code: 'pack-error', source: 'TCM-4.fee' })]);
    expect(bad.issues[0]!.message).toContain('add[1] 不是数字（"seven"）');
  });
});
