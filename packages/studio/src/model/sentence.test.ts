import { describe, expect, it } from 'vitest';
import { resolvePack, type PackRule } from '@shenbao/rules';
import { loadForm, builtinFormsDir } from '@shenbao/cli';
import { join } from 'node:path';
import { fieldCatalog } from './field-catalog.js';
import { conditionSentence, ruleSentence } from './sentence.js';
import { operatorPhrases } from './operator-phrases.js';
import { operatorNames } from '@shenbao/rules';

const tcm = await loadForm(join(builtinFormsDir(), 'tcm-expertise'));
const definition = tcm.definition!.value;
const pack = resolvePack(tcm.packs.map((p) => p.value), 2024);
const ctx = { catalog: fieldCatalog(definition), params: pack.params };

describe('rule sentences', () => {
  it('reads a require rule with the labels of the field, its value and the required fields', () => {
    const rule: PackRule = {
      id: 'TCM-2.require',
      description: '',
      conditions: { all: [{ fact: 'data', path: '/candidateType', operator: 'equal', value: 'shicheng' }] },
      event: { type: 'require', params: { fields: ['/experience/culturalStudy', '/experience/apprenticeship'] } },
    };
    expect(ruleSentence(rule, ctx)).toBe('当 考生类型 为 以师承方式学习中医 时，要求填写：文化学习经历、跟师学习医术及实践经历');
  });

  it('names counts over list items, params with their value, and fills message placeholders', () => {
    const rule = pack.rules.find((r) => r.id === 'TCM-4.recommender-count')!;
    const text = ruleSentence(rule, ctx);
    expect(text).toMatch(/^当 老师信息 中 类型 为 推荐医师 的项数 少于 参数「最少推荐医师人数[^」]*」（minRecommenders，现为 2） 时，提示「须填报至少 2 名推荐医师」/);
    expect(text).not.toMatch(/\/teachers|\{minRecommenders\}/);
  });

  it('reads forEach rules per item and nested groups with 且 / 或 / 并非', () => {
    const rule: PackRule = {
      id: 'TCM-1.x',
      description: '',
      forEach: '/teachers',
      conditions: {
        any: [
          { fact: 'item', path: '/role', operator: 'in', value: ['recommender', 'guidance'] },
          { not: { all: [{ fact: 'data', path: '/region', operator: 'empty', value: true }, { fact: 'context', path: '/today', operator: 'notBefore', value: '2025-01-01' }] } },
        ],
      },
      event: { type: 'require', params: { fields: ['/teachers/*/practiceLocation'] } },
    };
    expect(ruleSentence(rule, ctx)).toBe('对每一项老师信息，当 该项的 类型 为以下之一：推荐医师、指导老师 或 并非（申报地区 未填写 且 当前日期 不早于 2025-01-01） 时，要求填写：执业地点');
  });

  it('never shows a pointer for any rule of the built-in TCM pack', () => {
    for (const rule of pack.rules) expect(ruleSentence(rule, ctx), rule.id).not.toMatch(/(^|[\s：、])\/[a-z]/i);
  });

  it('has a phrase for every registered operator', () => {
    expect(new Set(operatorPhrases.map((p) => p.name))).toEqual(new Set(operatorNames));
    expect(conditionSentence({ all: [] }, ctx)).toBe('总是');
  });
});
