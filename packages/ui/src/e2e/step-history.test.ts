/**
 * COMMON-1: the wizard's step survives a reload (kept with the draft), and with `step-history`
 * the browser's Back and Forward move between steps — at 375 and 1280 px, Chinese rendered.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, currentStep, deepText, fillTcmBasics, mountForm, press, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const draftKey = 'e2e:tcm-steps';
const heading = (form: HTMLElement) => form.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim();

describe.each([375, 1280])('COMMON-1: steps survive a reload; Back and Forward move between steps at %i px', (width) => {
  atWidth(width);

  it('a reload shows the step the candidate was on, with the data', async () => {
    expect(cjkRendered()).toBe(true);
    const first = await mountForm(tcm, { draftKey });
    await fillTcmBasics(userEvent, first);
    await press(userEvent, first, '下一步');
    expect(heading(first)).toBe('老师信息');
    first.remove();
    const second = await mountForm(tcm, { draftKey });
    await expect.poll(() => currentStep(second)).toBe(2);
    await settle(second);
    expect(heading(second)).toBe('老师信息');
    expect(deepText(second.shadowRoot!)).toContain('指导老师');
    // Submitting (or a host clearing the draft) forgets the step too: a new form starts at 申报须知.
    expect(localStorage.getItem(`${draftKey}#step`)).toBe('2');
  });

  it('with step-history, Back and Forward move between the steps the candidate went through', async () => {
    const form = await mountForm(tcm, { draftKey, stepHistory: true });
    await fillTcmBasics(userEvent, form); // 下一步 to 基本信息
    await press(userEvent, form, '下一步');
    expect(currentStep(form)).toBe(2);
    expect(history.state.shenbaoStep).toEqual({ form: draftKey, index: 2 });
    const pushed = history.length;
    history.back();
    await expect.poll(() => currentStep(form)).toBe(1);
    expect(heading(form)).toBe('基本信息');
    history.back();
    await expect.poll(() => currentStep(form)).toBe(0);
    history.forward();
    await expect.poll(() => currentStep(form)).toBe(1);
    // Forward/back do not add entries; the step shown is kept with the draft.
    expect(history.length).toBe(pushed);
    await expect.poll(() => localStorage.getItem(`${draftKey}#step`)).toBe('1');
  });

  it('without step-history the browser history is left alone', async () => {
    const form = await mountForm(tcm, { draftKey: '' });
    const start = history.length;
    await press(userEvent, form, '下一步');
    expect(currentStep(form)).toBe(1);
    expect(history.length).toBe(start);
  });
});
