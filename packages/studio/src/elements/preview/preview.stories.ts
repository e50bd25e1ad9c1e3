import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define.js';
import { resolved2025, tcm, tcmScenarios } from '../../stories/story-data.js';

type Args = { selected: string };

export default {
  title: 'Studio/Preview',
  component: 'studio-preview',
  render: (args) => {
    const el = document.createElement('studio-preview');
    el.definition = tcm.definition;
    el.pack = resolved2025;
    el.scenarios = tcmScenarios;
    el.selected = args.selected;
    return el;
  },
  args: { selected: 'shicheng-pass' },
  parameters: { docs: { description: { component: '预览：真实的 <shenbao-form>，375 像素宽，使用正在编辑的规则包，可载入任一场景的数据，并可把预览中的数据另存为场景（预期结果取本稿规则的计算结果）。' } } },
} satisfies Meta<Args>;

/** A two-recommender declaration under the 2025 draft: not complete. */
export const TwoRecommenders: StoryObj<Args> = {
  name: '两名推荐医师（2025 稿）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-preview')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('不能提交'), { timeout: 10_000 });
  },
};

/** A blank declaration. */
export const Blank: StoryObj<Args> = { name: '空白申报', args: { selected: '' } };
