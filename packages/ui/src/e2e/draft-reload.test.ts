/**
 * COMMON-6 (the declaration stays a draft until it is submitted) and COMMON-1 end to end: nothing
 * typed is lost on a reload. A candidate fills part of the TCM form through the real UI; the form
 * element goes away (as on a reload) and a new `<shenbao-form>` with the same draft key and the
 * default localStorage store finds every value again — in its data and in every control.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoForm } from '../elements/form/form.js';
import { addTcmTeacher, builtinForm, currentStep, deepText, fieldAt, fillTcmBasics, freshPage, mountForm, press, settle, tcmBasics } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const draftKey = 'e2e:tcm-draft';

/** What a control shows for a field: the text, the chosen option, or the checked radio's value. */
function shown(form: ShenbaoForm, pointer: string): string {
  const root = fieldAt(form, pointer).shadowRoot!;
  const radio = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radio.length > 0) return [...radio].find((r) => r.checked)?.value ?? '';
  // 市/州 → 区县: the county's select shows the value (a 省直辖 市: the first).
  const [upper, county] = root.querySelectorAll('select');
  if (county) return county.disabled ? upper!.value : county.value;
  return root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')!.value;
}

/** Every string leaf of a value, by JSON Pointer. */
function leaves(value: unknown, at = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[at, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${at}/${key}`));
}

describe('COMMON-6, COMMON-1: the draft survives a reload, field by field', () => {
  freshPage();

  it('values typed on two steps come back in a new form with the same draft key (default localStorage store)', async () => {
    const first = await mountForm(tcm, { draftKey });
    await fillTcmBasics(userEvent, first);
    await press(userEvent, first, '下一步');
    expect(currentStep(first)).toBe(2);
    const teacher = await addTcmTeacher(userEvent, first, 'guidance', '李明德', '420102196505120037');
    // The teacher list keeps a row per teacher; 编辑 opens the teacher again.
    await userEvent.click(first.shadowRoot!.querySelector<HTMLButtonElement>(`[data-item-path="${teacher}"] button.edit`)!);
    await settle(first);
    // Mid-way: the last keystroke has just happened when the page goes away.
    await userEvent.fill(fieldAt(first, `${teacher}/workUnit`).shadowRoot!.querySelector('input')!, '武汉市江岸区中医院');
    const typed = first.value;
    expect(leaves(typed).length).toBeGreaterThan(20);

    first.remove(); // as on a reload: the element leaves the page
    expect(localStorage.getItem(draftKey), 'the draft is in localStorage').not.toBeNull();

    const second = await mountForm(tcm, { draftKey });
    await expect.poll(() => second.value).toEqual(typed);
    await settle(second);

    // The step came back with the draft (kept as <key>#step) …
    await expect.poll(() => currentStep(second)).toBe(2);
    // … and every value, in every control: the basic step …
    await press(userEvent, second, '上一步');
    expect(currentStep(second)).toBe(1);
    for (const [pointer, value] of Object.entries(tcmBasics)) expect(shown(second, pointer), pointer).toBe(value);

    // … and the teacher on the next step, down to the last keystroke.
    await press(userEvent, second, '下一步');
    expect(currentStep(second), deepText(second.shadowRoot!)).toBe(2);
    // The list came back: one row for the teacher, by name; its editor shows every value.
    const rows = [...second.shadowRoot!.querySelectorAll('[data-item-path]')];
    expect(rows.map((r) => r.querySelector('.name')!.textContent!.trim())).toEqual(['李明德']);
    await userEvent.click(rows[0]!.querySelector<HTMLButtonElement>('button.edit')!);
    await settle(second);
    for (const [pointer, value] of leaves(typed).filter(([p]) => p.startsWith('/teachers/'))) {
      expect(shown(second, pointer), pointer).toBe(String(value));
    }
    expect(shown(second, `${teacher}/workUnit`)).toBe('武汉市江岸区中医院');
  });

  it('a different draft key starts empty (the draft belongs to its key)', async () => {
    const first = await mountForm(tcm, { draftKey });
    await fillTcmBasics(userEvent, first);
    first.remove();
    const other = await mountForm(tcm, { draftKey: 'e2e:another-record' });
    await press(userEvent, other, '下一步');
    expect(shown(other, '/applicant/name')).toBe('');
    expect((other.value as { applicant?: { name?: string } }).applicant?.name).toBeUndefined();
  });
});
