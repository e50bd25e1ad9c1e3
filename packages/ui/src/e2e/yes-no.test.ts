/**
 * COMMON-10: yes/no questions are answered 是 or 否, "required" means answered. Every boolean
 * question of the built-in forms is a `yes-no` widget; it is a radiogroup of two native radios
 * (keyboard: arrows choose; a screen reader hears the group's label and "是, 1 of 2"), and an
 * honest 否 satisfies a required question — at 375 and 1280 px, Chinese rendered as glyphs.
 */
import { compileForm, type LayoutItem } from '@shenbao/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, fieldAt, forms, mountForm, press, settle } from './e2e-support.js';

const booleans = ['/situation/nonMainlandEducation', '/situation/assistantToPhysician', '/situation/militaryProbation', '/situation/shichengOrExpertise', '/situation/freshGraduate', '/situation/shortLineSpecialty'];

describe('COMMON-10: every boolean question of the built-in forms is a 是/否 question', () => {
  it.each(forms.map((f) => [f.id, f] as const))('%s', (_id, form) => {
    const compiled = compileForm(form.definition);
    const wrong: string[] = [];
    const walk = (items: readonly LayoutItem[], base: string) => {
      for (const item of items) {
        if ('field' in item) {
          const info = compiled.index.get((base + item.field).replace(/\/\d+\//g, '/*/'));
          if (info?.type === 'boolean' && item.widget !== 'yes-no') wrong.push(`${base}${item.field}: ${item.widget ?? '(none)'}`);
        } else if ('group' in item) walk(item.items, `${base}${item.group}/*`);
      }
    };
    for (const step of form.definition.layout.steps) for (const section of step.sections) walk(section.items, '');
    expect(wrong).toEqual([]);
  });
});

describe.each([375, 1280])('COMMON-10: 是/否 at %i px', (width) => {
  atWidth(width);

  it('renders a labelled radiogroup of 是 and 否; 否 answers a required question; arrows choose', async () => {
    expect(cjkRendered(), 'Chinese renders as boxes: install fonts-noto-cjk').toBe(true);
    const form = await mountForm(builtinForm('physician-exam-materials'));
    await press(userEvent, form, '下一步');
    const field = fieldAt(form, '/situation/freshGraduate');
    const group = field.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-labelledby')).toBeTruthy();
    expect(field.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toContain('是否应届毕业生');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).toEqual(['是', '否']);
    expect(radios.every((r) => !r.checked)).toBe(true);
    expect(field.required).toBe(true);
    // 下一步 with nothing answered: each required yes/no question says so.
    await press(userEvent, form, '下一步');
    for (const pointer of booleans) expect(fieldAt(form, pointer).error, pointer).toMatch(/^请/);
    // Answering 否 everywhere: no error on any of them, the value is false (not undefined).
    for (const pointer of booleans) {
      const no = [...fieldAt(form, pointer).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === 'false')!;
      await userEvent.click(no);
    }
    await settle(form);
    for (const pointer of booleans) {
      expect(fieldAt(form, pointer).error, pointer).toBeUndefined();
      expect(fieldAt(form, pointer).shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).toBe('false');
    }
    expect((form.value as { situation: Record<string, unknown> }).situation.freshGraduate).toBe(false);
    // Keyboard: focus the chosen 否, arrow to 是.
    const radio = (value: string) => fieldAt(form, '/situation/freshGraduate').shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
    radio('false').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(form);
    expect(radio('true').checked).toBe(true);
    expect((form.value as { situation: Record<string, unknown> }).situation.freshGraduate).toBe(true);
    // The chosen segment is visibly marked (filled with the accent colour).
    const chosen = getComputedStyle(radio('true').closest('label')!).backgroundColor;
    expect(chosen).not.toBe(getComputedStyle(radio('false').closest('label')!).backgroundColor);
  });
});
