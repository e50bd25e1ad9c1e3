/**
 * COMMON-1, COMMON-2 without a mouse: on the TCM expertise form, Tab reaches every control of a
 * step in reading order (after 已阅读须知, ticked with Space, on 申报须知) (fields, radios once per group, the group's 添加 and 删除, the uploads, then
 * 上一步 and 下一步), and Enter and Space operate the wizard's and the group's buttons.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import { builtinForm, currentStep, deepActiveElement, deepQueryAll, freshPage, mountForm, passingScenario, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const focusable = 'a[href], button, input, select, textarea, [tabindex]';

/** A control for people reading a failure: the field's pointer or the button's text. */
function describeControl(element: Element | null): string {
  if (!element) return '(nothing)';
  const host = (element.getRootNode() as ShadowRoot).host as Element | undefined;
  if (host?.localName === 'shenbao-field') return `${element.localName}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} of ${(host as ShenbaoField).spec?.pointer}`;
  const where = host?.localName === 'shenbao-upload' ? ` in upload ${host.getAttribute('data-path')}` : host?.localName === 'shenbao-group' ? ` in group ${host.getAttribute('data-path')}` : '';
  return `${element.localName} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim()}”${where}`;
}

/** The controls Tab should stop at, in flat-tree order: enabled, shown, not taken out of the order, one radio per group. */
function expectedStops(form: ShenbaoForm): Element[] {
  const seenGroups = new Set<string>();
  return deepQueryAll<HTMLElement>(form, focusable).filter((element) => {
    if (element.tabIndex < 0 || (element as HTMLInputElement).disabled || !element.checkVisibility()) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      const group = `${(element.getRootNode() as ShadowRoot).host?.localName}:${element.name}:${[...deepQueryAll(form, 'shenbao-field')].indexOf((element.getRootNode() as ShadowRoot).host as Element)}`;
      if (seenGroups.has(group)) return false;
      seenGroups.add(group);
    }
    return true;
  });
}

/** Presses Tab until focus reaches `last` (or gives up), collecting each control focused once. */
async function tabThrough(last: Element, limit: number): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await userEvent.tab();
    const active = deepActiveElement();
    // A date input keeps focus across its day, month and year parts.
    if (active && stops.at(-1) !== active) stops.push(active);
    if (active === last) break;
  }
  return stops;
}

function wizardButton(form: ShenbaoForm, text: string): HTMLButtonElement {
  return [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
}

describe('COMMON-1, COMMON-2: keyboard only', () => {
  freshPage();

  it('Tab walks the 基本信息 step in order; Enter goes forward, Space goes back', async () => {
    const form = await mountForm(tcm);
    // 申报须知: Tab reaches 已阅读须知, Space ticks it, Tab reaches 下一步.
    await userEvent.tab();
    const read = form.shadowRoot!.querySelector<HTMLInputElement>('input[data-tick="read-notice"]')!;
    expect(deepActiveElement()).toBe(read);
    await userEvent.keyboard(' ');
    expect(read.checked).toBe(true);
    await userEvent.tab();
    expect(describeControl(deepActiveElement())).toBe(describeControl(wizardButton(form, '下一步')));
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(currentStep(form)).toBe(1);

    const expected = expectedStops(form);
    expect(expected.length).toBeGreaterThan(10);
    const next = wizardButton(form, '下一步');
    const stops = await tabThrough(next, expected.length + 10);
    expect(stops.map(describeControl)).toEqual(expected.map(describeControl));

    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(wizardButton(form, '上一步'));
    await userEvent.keyboard(' ');
    await settle(form);
    expect(currentStep(form)).toBe(0);
  });

  it('on 老师信息, Enter on 添加 adds a teacher, Tab walks into it, Space on 添加 adds another', async () => {
    const data = structuredClone(passingScenario(tcm).data);
    delete data.teachers;
    const form = await mountForm(tcm, { value: data });
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    const next = wizardButton(form, '下一步');
    await tabThrough(next, 60);
    expect(deepActiveElement()).toBe(next);
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(currentStep(form)).toBe(2);

    const group = form.shadowRoot!.querySelector('shenbao-group[data-path="/teachers"]')!;
    const add = group.shadowRoot!.querySelector('button')!;
    await userEvent.tab();
    expect(deepActiveElement()).toBe(add);
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect((form.value as { teachers: unknown[] }).teachers).toHaveLength(1);

    // The teacher's editor opens with focus on its heading; Tab walks its controls in order, 完成, then the wizard buttons.
    const title = form.shadowRoot!.querySelector<HTMLElement>('[data-editor="/teachers/0"] .editor-title')!;
    expect(deepActiveElement()).toBe(title);
    expect(title.textContent).toBe('编辑老师 1');
    const expected = expectedStops(form);
    const stops = await tabThrough(wizardButton(form, '下一步'), expected.length + 10);
    expect(stops.map(describeControl)).toEqual(expected.map(describeControl));
    expect(stops.some((s) => describeControl(s) === 'input[radio] of /teachers/0/role')).toBe(true);
    const done = stops.findIndex((s) => s.textContent?.trim() === '完成');
    expect(done).toBeGreaterThan(0);

    // Back to 完成; Enter closes the editor and focus returns to the teacher's row (its 编辑, described by its state).
    for (let i = stops.length - 1; i > done; i--) await userEvent.tab({ shift: true });
    expect(deepActiveElement()?.textContent?.trim()).toBe('完成');
    await userEvent.keyboard('{Enter}');
    await settle(form);
    const edit = form.shadowRoot!.querySelector<HTMLButtonElement>('[data-item-path="/teachers/0"] button.edit')!;
    expect(deepActiveElement()).toBe(edit);
    const status = form.shadowRoot!.getElementById(edit.getAttribute('aria-describedby')!)!;
    expect(status.textContent).toContain('待填写');

    // Shift+Tab reaches 添加 again; Space adds another teacher.
    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(group.shadowRoot!.querySelector('button[part~="add"]'));
    await userEvent.keyboard(' ');
    await settle(form);
    expect((form.value as { teachers: unknown[] }).teachers).toHaveLength(2);
  });
});
