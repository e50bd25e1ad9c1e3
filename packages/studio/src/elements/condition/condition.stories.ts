import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { NestedCondition } from '@shenbao/rules';
import '../../define.js';
import { conditionSentence } from '../../model/sentence.js';
import { resolved2025, tcmCatalog } from '../../stories/story-data.js';

type Args = { condition: NestedCondition; forEach?: string };

export default {
  title: 'Studio/Condition builder',
  component: 'studio-condition',
  render: (args) => {
    const wrap = document.createElement('div');
    const el = document.createElement('studio-condition');
    const out = document.createElement('p');
    out.setAttribute('aria-live', 'polite');
    const show = (c: NestedCondition) => {
      el.condition = c;
      out.textContent = `读作：${conditionSentence(c, { catalog: tcmCatalog, params: resolved2025.params, ...(args.forEach ? { forEach: args.forEach } : {}) })}`;
    };
    el.catalog = tcmCatalog;
    el.params = resolved2025.params;
    el.forEach = args.forEach;
    el.label = '当以下条件成立时';
    el.addEventListener('condition-change', (e) => show(e.detail));
    show(args.condition);
    wrap.append(el, out);
    return wrap;
  },
  args: {
    condition: {
      all: [
        { fact: 'data', path: '/candidateType', operator: 'equal', value: 'shicheng' },
        { fact: 'count', params: { path: '/teachers', where: { '/role': 'recommender' } }, operator: 'lessThan', value: { fact: 'params', path: '/minRecommenders' } },
        { any: [{ fact: 'context', path: '/today', operator: 'notBefore', value: '2025-05-01' }, { not: { fact: 'data', path: '/region', operator: 'notEmpty', value: true } }] },
      ],
    },
  },
  parameters: { docs: { description: { component: '条件构建器：按名称选字段（含列表项）、按运算符注册表选比较方式、按字段类型编辑值（枚举选名称、日期用日期框、可引用参数），可嵌套 全部 / 任一 / 非。' } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Enum by label, a count compared with a param, nested 任一 and 非. */
export const Nested: Story = {
  name: '枚举、参数、嵌套组',
  play: async ({ canvasElement }) => {
    const out = canvasElement.querySelector('p')!;
    await expect(out.textContent).toContain('考生类型 为 以师承方式学习中医');
    await expect(out.textContent).toContain('并非（申报地区 已填写）');
  },
};

/** A per-item rule: the current item's fields are offered. */
export const PerItem: Story = {
  name: '逐项（老师信息）',
  args: { forEach: '/teachers', condition: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'recommender' }] } },
};

/** Nothing yet. */
export const Empty: Story = { name: '空条件', args: { condition: { all: [] } } };
