/**
 * HQ-1 (UI), issue 8 item 9: choices follow earlier answers — 申报类别 offers only the specialties of
 * the chosen 申报级别, and 缴费金额 is never typed into (the rules compute it; empty while no subject
 * is ticked) — at 375 and 1280 px, Chinese rendered.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, controlAt, enter, fieldAt, mountForm, press, settle } from './e2e-support.js';

const hq = builtinForm('health-qualification');
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim()).filter((t) => t !== '请选择');

describe.each([375, 1280])('HQ-1: choices that follow earlier answers at %i px', (width) => {
  atWidth(width);

  it('申报类别 follows 申报级别; 缴费金额 is computed, never editable', async () => {
    expect(cjkRendered()).toBe(true);
    const form = await mountForm(hq);
    const all = optionTexts(controlAt(form, '/specialty'));
    expect(all).toContain('主管药师');
    // No subject ticked: the fee shows read-only, with nothing to type into.
    expect(fieldAt(form, '/fee').readonly).toBe(true);
    expect(fieldAt(form, '/fee').shadowRoot!.querySelector('input')).toBeNull();

    await enter(userEvent, form, '/level', 'junior-technician');
    await settle(form);
    const technician = optionTexts(controlAt(form, '/specialty'));
    expect(technician).toContain('药士');
    expect(technician).toContain('护士');
    expect(technician).not.toContain('主管药师');
    expect(technician).not.toContain('药师');
    expect(technician.length).toBeLessThan(all.length / 2);

    await enter(userEvent, form, '/level', 'intermediate');
    await settle(form);
    expect(optionTexts(controlAt(form, '/specialty'))).toContain('主管药师');
    expect(optionTexts(controlAt(form, '/specialty'))).not.toContain('药士');

    const subject = fieldAt(form, '/subjects').shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await userEvent.click(subject);
    await settle(form);
    expect(fieldAt(form, '/fee').readonly).toBe(true);
    expect(fieldAt(form, '/fee').shadowRoot!.textContent).toContain('70');
    await userEvent.click(subject);
    await settle(form);
    expect((form.value as { fee?: number }).fee).toBeUndefined();
  });
});

describe.each([375, 1280])('TCM-6: no empty card for materials that do not apply at %i px', (width) => {
  atWidth(width);

  it('a 师承 candidate sees no 多年中医医术实践材料 card, on 资格材料 or on 信息确认', async () => {
    const tcm = builtinForm('tcm-expertise');
    const scenario = scenariosOf(tcm.id).map((s) => s.scenario as { data: { candidateType?: string }; expect: { complete?: boolean } }).find((s) => s.data.candidateType === 'shicheng' && s.expect.complete)!;
    const titles = (form: HTMLElement) => [...form.shadowRoot!.querySelectorAll('.section-title')].map((t) => t.textContent!.trim());
    const confirm = await mountForm(tcm, { mode: 'confirm', value: scenario.data });
    expect(titles(confirm).some((t) => t.includes('师承'))).toBe(true);
    expect(titles(confirm).some((t) => t.includes('多年中医医术实践'))).toBe(false);
    document.body.replaceChildren();
    const edit = await mountForm(tcm, { value: scenario.data });
    const materials = tcm.definition.layout.steps.findIndex((s) => s.id === 'materials');
    while ((edit.shadowRoot!.querySelector('shenbao-steps')!.current as number) < materials) await press(userEvent, edit, '下一步');
    expect(titles(edit).some((t) => t.includes('多年中医医术实践'))).toBe(false);
    expect(titles(edit).some((t) => t.includes('师承'))).toBe(true);
  });
});
