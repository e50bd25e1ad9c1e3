/**
 * The region widget (市/州 → 区县) in a one-field form: empty, a county chosen, a 省直辖 市, and
 * read-only (「武汉市 武昌区」). Each story is also a test in Chromium (a11y checked).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define.js';
import { testForm } from '../../../test/test-form.js';
import type { ShenbaoField } from '../../elements/field/field.js';
import type { ShenbaoForm } from '../../elements/form/form.js';
import type { FormMode } from '../../types.js';

const { definition, pack } = testForm({
  id: 'region-story',
  title: '申报地区',
  dictionaries: ['hubei-county'],
  required: ['region'],
  steps: [{ id: 'basic', title: { 'zh-CN': '基本信息' }, sections: [{ id: 'where', title: { 'zh-CN': '申报信息' }, items: [{ field: '/region', widget: 'region' }] }] }],
  properties: { region: { type: 'string', title: '申报地区', 'x-dictionary': 'hubei-county', pattern: '^42\\d{4}$' } },
});

type Args = { region?: string; mode?: FormMode };

const fieldOf = (canvas: HTMLElement) => canvas.querySelector('shenbao-form')!.shadowRoot!.querySelector<ShenbaoField>('shenbao-field')!;

export default {
  title: 'Widgets/Region (市/州 → 区县)',
  render: (args) => {
    const form = document.createElement('shenbao-form') as ShenbaoForm;
    Object.assign(form, { definition, rules: pack, context: {}, draftKey: '', mode: args.mode ?? 'edit' });
    if (args.region) form.value = { region: args.region };
    return form;
  },
} satisfies Meta<Args>;

/** Nothing chosen: 区县 waits for a 市/州. */
export const Empty: StoryObj<Args> = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fieldOf(canvasElement)?.shadowRoot?.querySelectorAll('select')).toHaveLength(2));
    expect(fieldOf(canvasElement).shadowRoot!.querySelectorAll('select')[1]!.disabled).toBe(true);
  },
};

/** 武昌区 chosen: 武汉市 above it. */
export const CountyChosen: StoryObj<Args> = {
  args: { region: '420106' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fieldOf(canvasElement)?.shadowRoot?.querySelectorAll('select')[1]?.value).toBe('420106'));
    expect(fieldOf(canvasElement).shadowRoot!.querySelectorAll('select')[0]!.value).toBe('420100');
  },
};

/** 仙桃市, administered by the province: its own value, no 区县. */
export const DirectlyAdministered: StoryObj<Args> = {
  args: { region: '429004' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fieldOf(canvasElement)?.shadowRoot?.querySelectorAll('select')[1]?.disabled).toBe(true));
  },
};

/** Read-only: 「武汉市 武昌区」. */
export const ReadOnly: StoryObj<Args> = {
  args: { region: '420106', mode: 'readonly' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(fieldOf(canvasElement)?.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('武汉市 武昌区'));
  },
};
