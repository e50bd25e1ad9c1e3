import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../../define.js';
import { ruleSentence } from '../../model/sentence.js';
import { resolved2025, tcmCatalog } from '../../stories/story-data.js';
import type { StudioRuleCard } from './rule-card.js';

type Args = { id: string; status: StudioRuleCard['status']; problems: StudioRuleCard['problems'] };
const ctx = { catalog: tcmCatalog, params: resolved2025.params };

export default {
  title: 'Studio/Rule card',
  component: 'studio-rule-card',
  render: (args) => {
    const el = document.createElement('studio-rule-card');
    const rule = resolved2025.rules.find((r) => r.id === args.id) ?? resolved2025.rules[0]!;
    el.rule = rule;
    el.sentence = ruleSentence(rule, ctx);
    el.status = args.status;
    el.problems = args.problems;
    return el;
  },
  args: { id: 'TCM-2.require', status: 'inherited', problems: [] },
  parameters: { docs: { description: { component: '一条规则读作一句中文：由定义的字段名称与字典生成，不出现 JSON 指针；附说明、需求编号、继承/修改/新增，以及与 shenbao rules check 相同的检查结果。' } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** An inherited require rule. */
export const Inherited: Story = {
  name: '继承的规则',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-rule-card')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.sentence')!.textContent).toBe('当 考生类型 为 以师承方式学习中医 时，要求填写：文化学习经历、跟师学习医术及实践经历、医术专长综述');
  },
};

/** A rule changed this year that reads a param. */
export const Changed: Story = { name: '本年修改（读参数）', args: { id: 'TCM-4.recommender-count', status: 'changed' } };

/** A new rule with lint problems. */
export const WithProblems: Story = {
  name: '本年新增，有检查问题',
  args: {
    id: 'TCM-2.show',
    status: 'new',
    problems: [{ file: 'tcm-expertise/rules/2025.json', pointer: '/rules/0/event/params/fields/0', message: '字段“/experience/culturalStudyX”在定义中不存在' }],
  },
};
