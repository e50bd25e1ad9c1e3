/**
 * Issue 15 item 4: a field that indexes a list of the declaration (`x-item-of`: 申报所用学历 →
 * `/educationRecords`) shows the chosen item, never a raw index — in read-only and confirmation
 * views, and as the choices of its select while filling in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtinForm, deepText, fieldAt, mountForm, scenariosOf } from '../../e2e/e2e-support.js';

const form = builtinForm('health-qualification');
const scenario = scenariosOf(form).find((s) => (s.data as { selectedEducation?: unknown }).selectedEducation === 0 && Array.isArray(s.data.educationRecords))!;
const records = scenario.data.educationRecords as { school: string; graduationDate: string }[];

afterEach(() => document.body.replaceChildren());

describe('申报所用学历 (x-item-of)', () => {
  it('read-only and 信息确认 show the chosen record by its school and graduation date, not "0"', async () => {
    for (const mode of ['readonly', 'confirm'] as const) {
      const element = await mountForm(form, { mode, value: structuredClone(scenario.data) });
      const field = fieldAt(element, '/selectedEducation');
      const text = deepText(field).replace(/\s+/g, ' ');
      expect(text, mode).toContain(`第1条：${records[0]!.school}（${records[0]!.graduationDate} 毕业）`);
      expect(text, mode).not.toMatch(/申报所用学历\s*0\b/);
      element.remove();
    }
  });

  it('its choices are the records as they stand, valued by index, for the select while filling in', async () => {
    const element = await mountForm(form, { mode: 'readonly', value: structuredClone(scenario.data) });
    const spec = fieldAt(element, '/selectedEducation').spec!;
    expect(spec.widget).toBe('select');
    expect(spec.options!.map((o) => [o.value, o.label])).toEqual(records.map((r, i) => [String(i), `第${i + 1}条：${r.school}（${r.graduationDate} 毕业）`]));
    // A record added later is a choice at once (the choices are not cached with the field's spec).
    element.value = { ...structuredClone(scenario.data), educationRecords: [...records, { ...records[0]!, school: '武汉大学' }] };
    await element.updateComplete;
    await element.check();
    await element.updateComplete;
    expect(fieldAt(element, '/selectedEducation').spec!.options!.at(-1)!.label).toBe(`第${records.length + 1}条：武汉大学（${records[0]!.graduationDate} 毕业）`);
  });
});
