/**
 * COMMON-12: what is already verified fills later forms and is read-only there — name, document
 * type and number, gender and birth date from 实名认证, the unit from 工作单位 (the host passes the
 * profile, e.g. the reference server's GET /me/profile, as `prefill`); a birth date follows from a
 * resident ID number, also where nothing was prefilled, and shows on 信息确认 — at 375 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { verifiedProfile } from '../../../forms/test/verified-profile.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, controlAt, deepText, fieldAt, mountForm, press, settle } from './e2e-support.js';

const data = (form: ShenbaoForm) => form.value as { applicant?: Record<string, unknown>; unit?: Record<string, unknown> };

describe.each([375, 1280])('COMMON-12: prefill from what is verified at %i px', (width) => {
  atWidth(width);

  it('health-qualification: name, ID type and number and the unit are filled and read-only; the ID in full for its owner', async () => {
    expect(cjkRendered()).toBe(true);
    const form = await mountForm(builtinForm('health-qualification'), { prefill: verifiedProfile } as Partial<ShenbaoForm>);
    for (const pointer of ['/applicant/name', '/applicant/idType', '/applicant/idNumber', '/unit/name']) {
      const field = fieldAt(form, pointer);
      expect(field.readonly, pointer).toBe(true);
      expect(field.shadowRoot!.querySelector('input, select, textarea'), pointer).toBeNull();
    }
    const text = deepText(form.shadowRoot!);
    expect(text).toContain('张建国');
    expect(text).toContain('420106198503150018');
    expect(text).toContain('武汉市武昌区中医医院');
    expect(data(form).applicant).toMatchObject({ name: '张建国', idType: 'id-card', idNumber: '420106198503150018' });
    expect(data(form).unit).toMatchObject({ name: '武汉市武昌区中医医院' });
    // What is not verified stays editable.
    expect(fieldAt(form, '/level').readonly).toBe(false);
    expect(fieldAt(form, '/applicant/name').error).toBeUndefined();
  });

  it('a draft typed before verification gives way to the verified values', async () => {
    const tcm = builtinForm('tcm-expertise');
    localStorage.setItem('e2e:prefill', JSON.stringify({ applicant: { name: '张建囯', mobile: '13800138000' } }));
    const form = await mountForm(tcm, { draftKey: 'e2e:prefill', prefill: verifiedProfile } as Partial<ShenbaoForm>);
    await expect.poll(() => data(form).applicant?.mobile).toBe('13800138000');
    await settle(form);
    expect(data(form).applicant).toMatchObject({ name: '张建国', gender: '1', idType: 'id-card', idNumber: '420106198503150018', birthDate: '1985-03-15', mobile: '13800138000' });
    await press(userEvent, form, '下一步');
    for (const pointer of ['/applicant/name', '/applicant/gender', '/applicant/idType', '/applicant/idNumber', '/applicant/birthDate']) expect(fieldAt(form, pointer).readonly, pointer).toBe(true);
    expect(fieldAt(form, '/applicant/mobile').readonly).toBe(false);
  });

  it('without a profile, a birth date follows from the resident ID number typed, and 信息确认 shows it', async () => {
    const tcm = builtinForm('tcm-expertise');
    const form = await mountForm(tcm);
    await press(userEvent, form, '下一步');
    await userEvent.fill(controlAt(form, '/applicant/idNumber'), '11010519491231002X');
    controlAt(form, '/applicant/idNumber').blur();
    await settle(form);
    expect(data(form).applicant?.birthDate).toBe('1949-12-31');
    expect(controlAt(form, '/applicant/birthDate').value).toBe('1949-12-31');
    // A corrected number moves the derived date along.
    await userEvent.fill(controlAt(form, '/applicant/idNumber'), '420106198503150018');
    controlAt(form, '/applicant/idNumber').blur();
    await settle(form);
    expect(data(form).applicant?.birthDate).toBe('1985-03-15');
    const confirm = await mountForm(tcm, { mode: 'confirm', value: form.value });
    const row = fieldAt(confirm, '/applicant/birthDate');
    expect(row.shadowRoot!.textContent).toContain('1985-03-15');
  });
});
