import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../../define.js';
import { resolved2025, tcmCatalog } from '../../stories/story-data.js';
import { blankRule } from './rule-editor.js';

type Args = { id?: string; heading: string };

export default {
  title: 'Studio/Rule editor',
  component: 'studio-rule-editor',
  render: (args) => {
    const el = document.createElement('studio-rule-editor');
    el.rule = resolved2025.rules.find((r) => r.id === args.id) ?? blankRule('TCM-2');
    el.catalog = tcmCatalog;
    el.params = resolved2025.params;
    el.heading = args.heading;
    return el;
  },
  args: { id: 'TCM-4.recommender-count', heading: '编辑规则 TCM-4.recommender-count' },
  parameters: { docs: { description: { component: '规则编辑器：需求编号、说明、逐项、条件构建器、效果（字段与附件选择）、中英文提示；边改边显示规则读作的句子和 JSON。' } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** An error rule with its messages. */
export const ErrorRule: Story = {
  name: '提示错误（中英文提示）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-rule-editor')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.sentence')!.textContent).toContain('须填报至少 3 名推荐医师');
  },
};

/** A require rule with the field picker. */
export const RequireRule: Story = { name: '要求填写（字段选择）', args: { id: 'TCM-2.require', heading: '编辑规则 TCM-2.require' } };

/** A new blank rule. */
export const NewRule: Story = { name: '新增规则', args: { id: '', heading: '新增规则' } };
