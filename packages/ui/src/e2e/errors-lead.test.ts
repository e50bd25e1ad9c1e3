/**
 * COMMON-2 (UI), issue 8 item 8: errors that lead somewhere — "本步骤还有 N 处需要处理" counts the
 * messages shown (one per field, group or slot), 下一步 scrolls to and focuses the first of them on
 * screen (a group's count message included), a blank item just added is not red before it is
 * touched, and messages follow one pattern (请填写姓名) — at 375 and 1280 px, Chinese rendered.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, deepActiveElement, deepQueryAll, mountForm, passingScenario, press, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
type Host = HTMLElement & { error?: string };
const shown = (form: ShenbaoForm) => deepQueryAll<Host>(form, 'shenbao-field, shenbao-group, shenbao-upload').filter((e) => e.error && !e.hidden);
const summary = (form: ShenbaoForm) => form.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();
const onScreen = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
};

describe.each([375, 1280])('COMMON-2: errors that lead somewhere at %i px', (width) => {
  atWidth(width);

  it('基本信息: the count is the messages shown; the first one on screen has focus; 请填写姓名', async () => {
    expect(cjkRendered()).toBe(true);
    const form = await mountForm(tcm);
    await press(userEvent, form, '下一步');
    await press(userEvent, form, '下一步');
    const messages = shown(form);
    expect(messages.length).toBeGreaterThan(3);
    expect(summary(form)).toBe(`本步骤还有 ${messages.length} 处需要处理`);
    const first = messages[0] as ShenbaoField;
    expect(first.spec?.pointer).toBe('/applicant/name');
    expect(first.error).toBe('请填写姓名');
    expect(deepActiveElement()).toBe(first.shadowRoot!.querySelector('input'));
    expect(onScreen(first)).toBe(true);
  });

  it('老师信息: the group message leads; a new blank teacher is not red until 下一步', async () => {
    const data = structuredClone(passingScenario(tcm).data);
    delete data.teachers;
    const form = await mountForm(tcm, { value: data });
    await press(userEvent, form, '下一步');
    await press(userEvent, form, '下一步');
    await press(userEvent, form, '下一步');
    const group = form.shadowRoot!.querySelector<Host>('shenbao-group[data-path="/teachers"]')!;
    expect(group.error).toMatch(/指导老师|推荐医师/);
    expect(summary(form)).toBe(`本步骤还有 ${shown(form).length} 处需要处理`);
    expect(shown(form)[0]).toBe(group);
    expect(onScreen(group.shadowRoot!.querySelector('[part~="error"]')!)).toBe(true);
    expect(group.shadowRoot!.contains(deepActiveElement())).toBe(true);

    await userEvent.click(group.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="add"]')!);
    await settle(form);
    const item = deepQueryAll<ShenbaoField>(form, 'shenbao-field').filter((f) => f.spec?.pointer.startsWith('/teachers/0/'));
    expect(item.length).toBeGreaterThan(5);
    expect(item.filter((f) => f.error)).toEqual([]);

    await press(userEvent, form, '下一步');
    expect(item.filter((f) => f.error).length).toBeGreaterThan(3);
    expect(summary(form)).toBe(`本步骤还有 ${shown(form).length} 处需要处理`);
  });
});
