/**
 * COMMON-4 end to end: in read-only and review views, ID numbers and mobile numbers show masked
 * (`4201**********0018`, `138****8000`), numbers that embed an ID too, and the full number is
 * nowhere in the DOM — not in any text, attribute or shadow root — unless the host sets `unmasked`.
 * On 信息确认 (confirm) the candidate sees their own numbers in full, to check them.
 */
import { compileForm, findEmbeddedIds, getAt, maskValue, templateOf } from '@shenbao/core';
import type { BuiltinForm } from '@shenbao/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDictionaries } from '../field-specs.js';
import type { FormMode } from '../types.js';
import type { ShenbaoField } from '../elements/field/field.js';
import { builtinForm, deepMarkup, deepQueryAll, deepText, fieldAt, forms, mountForm, scenariosOf, today, type Scenario } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const applicantId = '420106198503150018';
const applicantMobile = '13800138000';

/** `value` as a whole number in `text` (not as a part of a longer number such as a certificate number). */
function standsAlone(text: string, value: string): boolean {
  return new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`).test(text);
}

const numberFormats = new Set(['cn-id', 'cn-residence-permit', 'hk-macau-permit', 'tw-permit', 'passport', 'military-officer', 'cn-mobile']);
const numberLabels = /证件号码|证件编号|身份证号|手机号码|联系电话/;

/**
 * The ID and phone numbers of a declaration, by JSON Pointer: the values of fields that hold one by
 * their schema — marked `x-mask`, with a document or mobile format, or labelled 证件号码, 证件编号, 身份证号,
 * 手机号码 or 联系电话 (certificate and diploma numbers are not personal numbers).
 */
function personalNumbers(form: BuiltinForm, data: unknown): { pointer: string; value: string; masked: string }[] {
  const { index } = compileForm(form.definition, { dictionaries: defaultDictionaries() });
  const found: { pointer: string; value: string; masked: string }[] = [];
  const visit = (value: unknown, at: string) => {
    if (typeof value === 'string' && value.length >= 6) {
      const info = index.get(templateOf(index, at));
      const label = info?.label?.['zh-CN'] ?? '';
      if (info && (info.mask || numberFormats.has(info.format ?? '') || numberLabels.test(label))) {
        const phone = info.mask === 'phone' || info.format === 'cn-mobile' || /手机|电话/.test(label);
        found.push({ pointer: at, value, masked: maskValue(value, phone ? 'phone' : 'id') });
      }
    } else if (value !== null && typeof value === 'object' && !at.endsWith('/attachments')) {
      for (const [key, child] of Object.entries(value)) visit(child, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  visit(data, '');
  return found;
}

/** The 师承 scenario whose applicant has these numbers. */
function applicantScenario(): Scenario {
  const scenario = scenariosOf(tcm).find((s) => s.expect.complete === true && (s.data.applicant as { idNumber?: string } | undefined)?.idNumber === applicantId);
  expect((scenario?.data.applicant as { mobile?: string } | undefined)?.mobile).toBe(applicantMobile);
  return scenario!;
}

/** The field of a pointer, if it is rendered. */
function findField(form: HTMLElement, pointer: string): Element | undefined {
  return deepQueryAll<ShenbaoField>(form, 'shenbao-field').find((f) => f.spec?.pointer === pointer);
}

/** What a read-only field shows as its value. */
function shownValue(form: HTMLElement, pointer: string): string {
  return fieldAt(form as never, pointer).shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim() ?? '';
}

describe('COMMON-4: ID and phone numbers are masked in read-only views', () => {
  afterEach(() => document.body.replaceChildren());

  it.each<FormMode>(['readonly', 'review'])('TCM applicant in %s mode: 4201**********0018 and 138****8000, never the full numbers', async (mode) => {
    const form = await mountForm(tcm, { mode, value: applicantScenario().data });

    expect(shownValue(form, '/applicant/idNumber')).toBe('4201**********0018');
    expect(shownValue(form, '/applicant/mobile')).toBe('138****8000');
    expect(deepText(form)).not.toContain(applicantId);
    expect(deepMarkup(form)).not.toContain(applicantId);
    expect(deepMarkup(form)).not.toContain(applicantMobile);
  });

  it('on 信息确认 (confirm) the candidate sees their own numbers in full, to check them for typos', async () => {
    const form = await mountForm(tcm, { mode: 'confirm', value: applicantScenario().data });
    expect(shownValue(form, '/applicant/idNumber')).toBe(applicantId);
    expect(shownValue(form, '/applicant/mobile')).toBe(applicantMobile);
    const cert = getAt(applicantScenario().data, '/teachers/0/qualificationCertNo') as string;
    expect(findEmbeddedIds(cert)).toHaveLength(1);
    expect(shownValue(form, '/teachers/0/qualificationCertNo')).toBe(cert);
  });

  it('a number that embeds an ID (a 资格证书编号 such as 199742110420102196505120037) is masked in read-only views', async () => {
    const form = await mountForm(tcm, { mode: 'readonly', value: applicantScenario().data });
    const cert = getAt(applicantScenario().data, '/teachers/0/qualificationCertNo') as string;
    const { id } = findEmbeddedIds(cert)[0]!;
    expect(shownValue(form, '/teachers/0/qualificationCertNo')).toBe(cert.replace(id, `${id.slice(0, 4)}**********${id.slice(14)}`));
    expect(deepMarkup(form)).not.toContain(cert);
    expect(deepMarkup(form)).not.toContain(id);
  });

  it('the host may show them in full (unmasked), which is what the checks above would catch', async () => {
    const form = await mountForm(tcm, { mode: 'readonly', value: applicantScenario().data, unmasked: true });
    expect(shownValue(form, '/applicant/idNumber')).toBe(applicantId);
    expect(standsAlone(deepText(form), applicantId)).toBe(true);
  });

  // Every built-in form whose scenarios hold ID or phone numbers (work-unit's hold none).
  const withNumbers = forms.filter((f) => scenariosOf(f).some((s) => personalNumbers(f, s.data).length > 0));

  it.each(withNumbers.map((f) => [f.id, f] as const))('%s: every ID and mobile number of its scenarios is masked in read-only mode', async (_id, form) => {
    const declarations = scenariosOf(form).filter((s) => personalNumbers(form, s.data).length > 0);
    let shown = 0;
    for (const scenario of declarations.slice(0, 4)) {
      const element = await mountForm(form, { mode: 'readonly', value: scenario.data, context: scenario.context ?? { today } });
      const text = deepText(element);
      const markup = deepMarkup(element);
      for (const number of personalNumbers(form, scenario.data)) {
        expect(standsAlone(text, number.value), `${scenario.name}: ${number.pointer} shown unmasked`).toBe(false);
        expect(standsAlone(markup, number.value), `${scenario.name}: ${number.pointer} in the markup`).toBe(false);
        // Where the field is on screen, it shows the masked number.
        const field = findField(element, number.pointer);
        if (field && !(field as HTMLElement).hidden) {
          expect(shownValue(element, number.pointer), `${scenario.name}: ${number.pointer}`).toBe(number.masked);
          shown++;
        }
      }
      element.remove();
    }
    expect(shown, 'at least one number is on screen').toBeGreaterThan(0);
  });
});
