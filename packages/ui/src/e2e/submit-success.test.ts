/**
 * COMMON-1 (信息确认 → 提交成功) and issue 8 items 3 and 6: the 已阅读须知 tick before leaving
 * 申报须知, the truthfulness pledge before 确定 (refused with a message and focus until ticked), then
 * the 提交成功 page with what happens next in the manual's words (004: 「上报完成，内容已锁定」),
 * scrolled into view and focused; TCM-7: once approved, the printable notice with its 申报编号 —
 * at 375 and 1280 px, Chinese rendered.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoForm } from '../elements/form/form.js';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, currentStep, deepActiveElement, deepText, formButton, mountForm, passingScenario, press, settle } from './e2e-support.js';

const pem = builtinForm('physician-exam-materials');

/** Walks a passing declaration to 信息确认 through 下一步 (ticking 已阅读须知 on the way). */
async function atConfirm(props: Partial<ShenbaoForm> = {}): Promise<ShenbaoForm> {
  const scenario = passingScenario(pem);
  const form = await mountForm(pem, { value: structuredClone(scenario.data), ...props });
  const read = form.shadowRoot!.querySelector<HTMLInputElement>('input[data-tick="read-notice"]')!;
  expect(read.closest('label')!.textContent).toContain('我已阅读申报须知');
  // Without the tick, 下一步 stays and says why, focus on the box.
  await userEvent.click(formButton(form, '下一步'));
  await settle(form);
  expect(currentStep(form)).toBe(0);
  expect(deepText(form.shadowRoot!)).toContain('请先阅读申报须知并勾选确认');
  expect(deepActiveElement()).toBe(read);
  while (currentStep(form) < pem.definition.layout.steps.length) await press(userEvent, form, '下一步');
  return form;
}

describe.each([375, 1280])('COMMON-1: 已阅读须知, 承诺, 提交成功 and the notice at %i px', (width) => {
  atWidth(width);

  it('确定 needs the pledge; then 提交成功 says what happens next, on screen and focused', async () => {
    expect(cjkRendered()).toBe(true);
    const form = await atConfirm({ recordId: 'PEM-2024-000017' } as Partial<ShenbaoForm>);
    const pledge = form.shadowRoot!.querySelector<HTMLInputElement>('input[data-tick="pledge"]')!;
    expect(pledge.closest('label')!.textContent).toContain('真实、准确、完整、有效');
    const submits: Event[] = [];
    form.addEventListener('shenbao-submit', (e) => submits.push(e));
    await userEvent.click(formButton(form, '确定'));
    await settle(form);
    expect(submits).toHaveLength(0);
    expect(deepText(form.shadowRoot!)).toContain('请先勾选诚信承诺');
    expect(deepActiveElement()).toBe(pledge);
    await press(userEvent, form, '确定');
    expect(submits).toHaveLength(1);
    const success = form.shadowRoot!.querySelector<HTMLElement>('[data-success]')!;
    expect(success.textContent).toContain('提交成功');
    expect(success.textContent).toContain('上报完成，内容已锁定');
    expect(success.textContent).toContain('申报编号：PEM-2024-000017');
    const heading = success.querySelector('[data-step-heading]')!;
    expect(deepActiveElement()).toBe(heading);
    const box = heading.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    // Not approved yet: no notice to print.
    expect(form.shadowRoot!.querySelector('shenbao-notice')).toBeNull();
  });

  it('a host that stores the declaration itself cancels shenbao-submit, then shows 提交成功 with showSubmitted()', async () => {
    const form = await atConfirm();
    form.addEventListener('shenbao-submit', (e) => e.preventDefault());
    await press(userEvent, form, '确定');
    expect(form.shadowRoot!.querySelector('[data-success]')).toBeNull();
    await form.showSubmitted();
    await settle(form);
    expect(form.shadowRoot!.querySelector('[data-success]')!.textContent).toContain('上报完成，内容已锁定');
  });

  it('TCM-7: an approved record read-only shows the printable 报名成功通知单 with its 申报编号, ID masked', async () => {
    const scenario = passingScenario(pem);
    const form = await mountForm(pem, { mode: 'readonly', value: scenario.data, recordId: 'PEM-2024-000017', recordStatus: 'approved' } as Partial<ShenbaoForm>);
    const notice = form.shadowRoot!.querySelector('shenbao-notice')!;
    await notice.updateComplete;
    const text = notice.shadowRoot!.textContent!;
    expect(text).toContain('报名成功通知单');
    expect(text).toContain('PEM-2024-000017');
    const id = (scenario.data as { applicant: { idNumber: string } }).applicant.idNumber;
    expect(text).not.toContain(id);
    expect(notice.shadowRoot!.querySelector('button')!.textContent).toContain('打印');
  });
});
