/**
 * Issue 13 item 8: theming reaches the fields. A host stylesheet's `shenbao-form::part(label)`,
 * `::part(control)`, `::part(error)` (and a group's and a slot's label and message, `group-add`)
 * style the real field, group and slot inside the form: each level exports its parts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define.js';
import { mountTestForm, testForm } from '../../../test/test-form.js';

const { definition, pack } = testForm({
  id: 'parts-test',
  title: '样式测试',
  required: ['name', 'people'],
  properties: {
    name: { type: 'string', title: '姓名', maxLength: 20 },
    people: { type: 'array', title: '成员', minItems: 1, items: { type: 'object', properties: { who: { type: 'string', title: '成员姓名', maxLength: 20 } } } },
    attachments: { type: 'object' },
  },
  attachments: [{ id: 'photo', label: { 'zh-CN': '照片' }, accept: ['image/jpeg'], maxBytes: 5242880, min: 1, max: 1 }],
  items: [{ field: '/name' }, { group: '/people', items: [{ field: '/who' }] }, { attachment: 'photo' }],
});

describe('<shenbao-form>: ::part() from the host page reaches fields, groups and slots', () => {
  afterEach(() => document.body.replaceChildren());

  it('styles label, control and error of a real field, and a group and a slot, from the document', async () => {
    const style = document.createElement('style');
    style.textContent = `
      shenbao-form::part(label) { color: rgb(1, 2, 3); }
      shenbao-form::part(control) { background-color: rgb(4, 5, 6); }
      shenbao-form::part(error) { color: rgb(7, 8, 9); }
      shenbao-form::part(group-add) { color: rgb(10, 11, 12); }
    `;
    document.head.append(style);
    try {
      const form = await mountTestForm({ definition, rules: pack });
      // 下一步 on the empty step: the field, the group and the slot show their messages.
      const next = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('下一步'))!;
      await userEvent.click(next);
      await form.updateComplete;
      const field = form.shadowRoot!.querySelector('shenbao-field')!;
      const group = form.shadowRoot!.querySelector('shenbao-group')!;
      const upload = form.shadowRoot!.querySelector('shenbao-upload')!;
      await (field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await (upload as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const inField = (part: string) => field.shadowRoot!.querySelector(`[part~="${part}"]`)!;
      expect(getComputedStyle(inField('label')).color).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(inField('control')).backgroundColor).toBe('rgb(4, 5, 6)');
      expect(inField('error').textContent).toContain('姓名');
      expect(getComputedStyle(inField('error')).color).toBe('rgb(7, 8, 9)');
      // The group and the slot: the same label and error rules, and a group's own part under its prefix.
      expect(getComputedStyle(group.shadowRoot!.querySelector('[part~="label"]')!).color).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(group.shadowRoot!.querySelector('[part~="add"]')!).color).toBe('rgb(10, 11, 12)');
      expect(getComputedStyle(upload.shadowRoot!.querySelector('[part~="label"]')!).color).toBe('rgb(1, 2, 3)');
      const uploadError = [...upload.shadowRoot!.querySelectorAll('[part~="error"]')].find((e) => e.textContent?.trim());
      expect(uploadError, 'the slot shows its message').toBeDefined();
      expect(getComputedStyle(uploadError!).color).toBe('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });
});
