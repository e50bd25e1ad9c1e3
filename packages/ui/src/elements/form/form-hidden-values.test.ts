/**
 * COMMON-9 in the browser: on the TCM form a candidate who filled 师承's two experience fields and
 * then switched to 多年实践 (filling its fields) is not trapped on the step by answers they can no
 * longer see; the draft keeps those answers (switching back restores them) and 确定 submits the
 * declaration without them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAt, setAt } from '@shenbao/core';
import { resolvePack } from '@shenbao/rules';
import { tcmExpertise } from '@shenbao/forms';
import practicePass from '@shenbao/forms/tcm-expertise/scenarios/practice-pass.json' with { type: 'json' };
import '../../define.js';
import type { ShenbaoForm } from './form.js';

const pack = resolvePack([tcmExpertise.packs[2024] as never], 2024);
const settle = async (el: ShenbaoForm) => {
  await new Promise((r) => setTimeout(r, 120));
  await el.updateComplete;
};
const button = (el: ShenbaoForm, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const current = (el: ShenbaoForm) => el.shadowRoot!.querySelector('shenbao-steps')!.current;
/** Ticks 已阅读须知 or the pledge (承诺), as a candidate must before 下一步 on 申报须知 / before 确定. */
const tick = async (el: ShenbaoForm, id: 'read-notice' | 'pledge') => {
  const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-tick="${id}"]`)!;
  if (!box.checked) box.click();
  await el.updateComplete;
};

describe('<shenbao-form>: answers that no longer apply never trap the candidate (COMMON-9)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('师承 experience left behind after switching to 多年实践: 下一步 moves on, the draft keeps it, 确定 submits without it', async () => {
    let data: unknown = practicePass.data;
    data = setAt(data, '/experience/culturalStudy', '1991—2000 年读完小学、初中和高中。');
    data = setAt(data, '/experience/apprenticeship', '曾跟师学习三年。');
    const el = document.createElement('shenbao-form') as ShenbaoForm;
    Object.assign(el, { definition: tcmExpertise.definition, rules: pack, context: practicePass.context ?? { today: '2024-05-01' }, draftKey: '', value: data });
    document.body.append(el);
    await el.updateComplete;
    const evaluation = (await el.check())!;
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.visible['/experience/culturalStudy']).toBe(false);

    // Walk every step with 下一步: none is held back by the hidden answers.
    const steps = el.shadowRoot!.querySelector('shenbao-steps')!.steps.length;
    for (let step = 0; step < steps - 2; step++) {
      if (step === 0) await tick(el, 'read-notice');
      button(el, '下一步')!.click();
      await settle(el);
      expect(current(el), `stuck on step ${step}: ${el.shadowRoot!.textContent?.match(/本步骤还有 \d+ 处需要处理/)?.[0] ?? ''}`).toBe(step + 1);
    }
    expect(el.shadowRoot!.textContent).not.toMatch(/本步骤还有 \d+ 处需要处理/);
    // The draft still holds the hidden answers (switching back restores them).
    expect(getAt(el.value, '/experience/apprenticeship')).toBe('曾跟师学习三年。');

    const submitted: unknown[] = [];
    el.addEventListener('shenbao-submit', (e) => submitted.push((e as CustomEvent<{ value: unknown }>).detail.value));
    await tick(el, 'pledge');
    button(el, '确定')!.click();
    await settle(el);
    expect(submitted).toHaveLength(1);
    expect(getAt(submitted[0], '/experience/culturalStudy')).toBeUndefined();
    expect(getAt(submitted[0], '/experience/apprenticeship')).toBeUndefined();
    expect(getAt(submitted[0], '/experience/origin')).toBe(getAt(practicePass.data, '/experience/origin'));
  });
});
