import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define.js';
import { staticApi } from '../../stories/story-data.js';

type Args = Record<string, never>;

export default {
  title: 'Studio/App',
  component: 'studio-app',
  render: () => {
    const el = document.createElement('studio-app');
    el.api = staticApi();
    return el;
  },
  parameters: { layout: 'fullscreen', docs: { description: { component: '规则工作台（静态方式：内置表单，只读，保存时下载文件）。用 pnpm studio 启动时读写 packages/forms。' } } },
} satisfies Meta<Args>;

/** The TCM form opened at its newest year. */
export const Tcm: StoryObj<Args> = {
  name: '中医医术确有专长（静态方式）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('studio-app')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('studio-rule-card')).not.toBeNull(), { timeout: 10_000 });
  },
};
