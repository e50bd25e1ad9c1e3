/**
 * The lookup widget: a dictionary the host searches (units) is a combobox; the host's `Lookup`
 * answers as the candidate types; arrows and Enter choose; the value is the item's code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DictionaryItem } from '@shenbao/core';
import '../../define.js';
import { mountTestForm, testForm } from '../../../test/test-form.js';
import type { ShenbaoField } from '../../elements/field/field.js';
import type { Lookup } from '../../types.js';

// `unit` is searched by the host (its `lookup`): a dictionary the door knows only from this list.
const { definition, pack } = testForm({
  id: 'lookup-test',
  title: '单位测试',
  dictionaries: ['unit'],
  section: '单位',
  items: [{ field: '/unit' }],
  properties: { unit: { type: 'string', title: '工作单位', 'x-dictionary': 'unit' } },
});
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
    const form = await mountTestForm({ definition, rules: pack, lookup });
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
