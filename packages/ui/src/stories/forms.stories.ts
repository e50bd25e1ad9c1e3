/**
 * 表单/概览: the entry page for reviewers. Its docs page shows `<shenbao-form>`'s API from
 * custom-elements.json (properties, events, CSS parts and custom properties; `<shenbao-field>` as a
 * subcomponent); its one story opens any built-in form blank, in any mode. Every form × scenario
 * story is generated into `generated/` by `pnpm gen:stories`.
 */
import { builtinForm, builtinForms } from '@shenbao/forms';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkForm, renderForm, type FormStoryArgs } from './form-story.js';

type OverviewArgs = FormStoryArgs & { form: string };

export default {
  title: '表单/概览',
  id: 'forms-overview',
  component: 'shenbao-form',
  subcomponents: { 'shenbao-field': 'shenbao-field' },
  tags: ['autodocs'],
  args: { form: 'tcm-expertise', mode: 'edit', unmasked: false },
  argTypes: {
    form: { control: 'select', options: builtinForms.map((f) => f.id), description: '内置表单 Built-in form id' },
    mode: { control: 'inline-radio', options: ['edit', 'confirm', 'readonly', 'review'], type: { name: 'enum', value: ['edit', 'confirm', 'readonly', 'review'] }, table: { defaultValue: { summary: 'edit' } } },
  },
  render: (args, context) => renderForm(builtinForm(args.form))(args, context),
  play: (context) => checkForm(builtinForm(context.args.form))(context),
  parameters: {
    docs: {
      description: {
        component:
          '`<shenbao-form>` 按表单定义渲染申报（手机优先的向导），显示 `evaluate()` 的结论。下方“任意表单”可选择内置表单与模式；' +
          '每个表单的全部场景在左侧“表单”下各自一页。属性、事件、CSS parts 与自定义属性来自 `packages/ui/custom-elements.json`（`pnpm manifest`）。',
      },
    },
  },
} satisfies Meta<OverviewArgs>;

/** Any built-in form, blank, in the chosen mode. */
export const AnyForm: StoryObj<OverviewArgs> = {
  name: '任意表单（空白）',
};
