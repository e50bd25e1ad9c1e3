import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { PackParam } from '@shenbao/rules';
import '../../define.js';
import { resolved2025 } from '../../stories/story-data.js';
import type { StudioParams } from './params.js';

type Args = { params: Record<string, PackParam>; statuses: StudioParams['statuses'] };

export default {
  title: 'Studio/Params',
  component: 'studio-params',
  render: (args) => {
    const el = document.createElement('studio-params');
    el.params = args.params;
    el.statuses = args.statuses;
    return el;
  },
  args: { params: resolved2025.params, statuses: { minRecommenders: 'changed' } },
  parameters: { docs: { description: { component: '一年的参数：名称、说明、值（按类型编辑：数字、金额、列表、文字、是否）和来源（继承 / 本年修改 / 本年新增）。' } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** TCM 2025: minRecommenders changed. */
export const Tcm2025: Story = {
  name: '中医 2025（推荐医师改为 3 人）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-params')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('tr[data-param="minRecommenders"] input')!;
    await expect(input.value).toBe('3');
  },
};

/** Every editor kind: number, money, list, text, yes/no. */
export const EditorKinds: Story = {
  name: '各类参数编辑器',
  args: {
    params: {
      minRecommenders: { value: 2, description: '最少推荐医师人数' },
      examFee: { value: 70.5, description: '报名费（元）' },
      subjects: { value: ['101', '102'], description: '开考科目' },
      notice: { value: '请按时报名', description: '提示语' },
      allowOnline: { value: true, description: '是否允许网上确认' },
    },
    statuses: { examFee: 'changed', subjects: 'new' },
  },
};
