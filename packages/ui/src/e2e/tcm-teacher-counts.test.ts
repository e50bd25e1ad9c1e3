/**
 * TCM-4, COMMON-1, COMMON-2 end to end: a 师承 candidate fills the TCM expertise form through the
 * real UI (typing, radios, selects, 添加 for teachers) with the wrong number of teachers, and is told
 * in Chinese what is wrong — on the 老师信息 step, which refuses to go on, and on the confirmation.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoForm } from '../elements/form/form.js';
import { addTcmTeacher, builtinForm, currentStep, deepText, fillTcmBasics, freshPage, mountForm, press, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const guidanceMessage = '以师承方式学习中医须填报且仅填报 1 名指导老师';
const recommenderMessage = '须填报至少 2 名推荐医师';

/** Steps 申报须知 and 基本信息 as a 师承 candidate, through the controls; the wizard reaches 老师信息. */
async function fillBasicStep(form: ShenbaoForm): Promise<void> {
  await fillTcmBasics(userEvent, form);
  expect(currentStep(form)).toBe(1);
  await press(userEvent, form, '下一步');
  expect(currentStep(form), deepText(form.shadowRoot!)).toBe(2);
}

describe('TCM-4, COMMON-1, COMMON-2: wrong teacher counts of a 师承 candidate, through the UI', () => {
  freshPage();

  it('two guidance teachers and no recommender: 下一步 is refused with both Chinese messages, and the confirmation shows them', async () => {
    const form = await mountForm(tcm);
    await fillBasicStep(form);
    await addTcmTeacher(userEvent, form, 'guidance', '李明德', '420102196505120037');
    await addTcmTeacher(userEvent, form, 'guidance', '王秀兰', '420106197008180020');

    const typed = form.value as { teachers: { role: string; name: string }[]; candidateType: string };
    expect(typed.candidateType).toBe('shicheng');
    expect(typed.teachers.map((t) => [t.role, t.name])).toEqual([
      ['guidance', '李明德'],
      ['guidance', '王秀兰'],
    ]);

    // The wizard stays on 老师信息 and says why (COMMON-1 progress, COMMON-2 Chinese messages).
    await press(userEvent, form, '下一步');
    expect(currentStep(form)).toBe(2);
    const step = deepText(form.shadowRoot!);
    expect(step).toMatch(/本步骤还有 \d+ 处需要处理/);
    expect(step).toContain(guidanceMessage);
    expect(step).toContain(recommenderMessage);

    // The host shows the same declaration as the confirmation (信息确认): 确定 is refused with the same messages.
    form.mode = 'confirm';
    await settle(form);
    await press(userEvent, form, '确定');
    const confirmation = deepText(form.shadowRoot!);
    expect(confirmation).toContain('张建国');
    expect(confirmation).toContain(guidanceMessage);
    expect(confirmation).toContain(recommenderMessage);
  });

  it('one recommender and the guidance teacher missing: both messages; fixing the counts clears them', async () => {
    const form = await mountForm(tcm);
    await fillBasicStep(form);
    await addTcmTeacher(userEvent, form, 'recommender', '王秀兰', '420106197008180020');

    await press(userEvent, form, '下一步');
    expect(currentStep(form)).toBe(2);
    expect(deepText(form.shadowRoot!)).toContain(guidanceMessage);
    expect(deepText(form.shadowRoot!)).toContain(recommenderMessage);

    await addTcmTeacher(userEvent, form, 'guidance', '李明德', '420102196505120037');
    await addTcmTeacher(userEvent, form, 'recommender', '陈国华', '42010619680203005X');
    await press(userEvent, form, '下一步');
    const text = deepText(form.shadowRoot!);
    expect(text).not.toContain(guidanceMessage);
    expect(text).not.toContain(recommenderMessage);
    const codes = form.evaluation!.issues.map((i) => i.code);
    expect(codes).not.toContain('guidance-teacher-count');
    expect(codes).not.toContain('recommender-count');
  });
});
