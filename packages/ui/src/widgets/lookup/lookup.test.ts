/**
 * The lookup widget: a dictionary the host searches (units) is a combobox; the host's `Lookup`
 * answers as the candidate types; arrows and Enter choose; the value is the item's code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { resolvePack, type RulePack } from '@shenbao/rules';
import type { DictionaryItem, FormDefinition } from '@shenbao/core';
import '../../define.js';
import type { ShenbaoForm } from '../../elements/form/form.js';
import type { ShenbaoField } from '../../elements/field/field.js';
import type { Lookup } from '../../types.js';

const definition = {
  id: 'lookup-test',
  version: '1.0.0',
  title: { 'zh-CN': '单位测试' },
  requirements: [],
  // `unit` is searched by the host (its `lookup`): a dictionary the door knows only from this list.
  dictionaries: ['unit'],
  schema: { type: 'object', additionalProperties: false, properties: { unit: { type: 'string', title: '工作单位', 'x-dictionary': 'unit' } } },
  attachments: [],
  layout: { steps: [{ id: 'all', title: { 'zh-CN': '全部' }, sections: [{ id: 's1', title: { 'zh-CN': '单位' }, items: [{ field: '/unit' }] }] }] },
} as unknown as FormDefinition;
const pack = resolvePack([{ form: 'lookup-test', year: 2024, rules: [] } as unknown as RulePack], 2024);
const units: DictionaryItem[] = [
  { code: 'U1', label: { 'zh-CN': '武汉市第一医院' } },
  { code: 'U2', label: { 'zh-CN': '武汉市中医医院' } },
];

describe('lookup widget', () => {
  afterEach(() => document.body.replaceChildren());

  it('searches the host table as the candidate types; arrows and Enter choose the code', async () => {
    const queries: string[] = [];
    const lookup: Lookup = {
      search: async (dictionary, query) => {
        queries.push(`${dictionary}:${query}`);
        return units.filter((u) => u.label['zh-CN'].includes(query));
      },
    };
    const form = document.createElement('shenbao-form') as ShenbaoForm;
    Object.assign(form, { definition, rules: pack, context: {}, draftKey: '', lookup });
    document.body.append(form);
    await form.updateComplete;
    await form.check();
    await form.updateComplete;
    const field = form.shadowRoot!.querySelector<ShenbaoField>('shenbao-field')!;
    await field.updateComplete;
    expect(field.spec!.widget).toBe('lookup');
    const input = field.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await userEvent.click(input);
    await userEvent.keyboard('武汉');
    await expect.poll(() => field.shadowRoot!.querySelectorAll('[role="option"]').length).toBe(2);
    expect(queries.at(-1)).toBe('unit:武汉');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-1$/);
    await userEvent.keyboard('{Enter}');
    await form.check();
    expect((form.value as { unit?: string }).unit).toBe('U2');
    await field.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('武汉市中医医院');
  });
});
