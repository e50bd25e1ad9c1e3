/**
 * The widget registry (issue 10 item 4): the definition meta-schema lists exactly the built-in
 * widgets; testers choose what the schema suggests; a host registers its own widget and a
 * definition uses it — checked by `checkDefinition`, rendered in `<shenbao-form>`, answered by a
 * person's click.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { checkDefinition, compileForm, type FormDefinition } from '@shenbao/core';
import metaSchema from '../../../core/schema/definition.schema.json' with { type: 'json' };
import '../define.js';
import { fieldSpec } from '../field-specs.js';
import { builtinWidgetNames, registerWidget, widgetNamed } from './registry.js';
import { fieldOf, mountTestForm, testForm } from '../../test/test-form.js';

/** The meta-schema's list of built-in widget names. */
function metaSchemaWidgets(): string[] {
  const item = (metaSchema as { $defs: { item: { oneOf: { properties?: { widget?: { anyOf: { enum?: string[] }[] } } }[] } } }).$defs.item;
  const field = item.oneOf.find((branch) => branch.properties?.widget);
  return field!.properties!.widget!.anyOf.find((b) => b.enum)!.enum!;
}

// `unit` is a dictionary the host searches (lookup widget): declared, as the door requires.
const { definition, pack } = testForm({
  id: 'widget-test',
  title: '控件测试',
  dictionaries: ['unit'],
  required: ['rating'],
  section: '评价',
  items: [{ field: '/rating', widget: 'x-star-rating' }, { field: '/name' }],
  properties: {
    rating: { type: 'integer', title: '满意度', minimum: 1, maximum: 5 },
    name: { type: 'string', title: '姓名', maxLength: 20 },
    note: { type: 'string', title: '说明', maxLength: 500 },
    married: { type: 'boolean', title: '是否已婚' },
    gender: { type: 'string', title: '性别', 'x-dictionary': 'gender' },
    ethnicity: { type: 'string', title: '民族', 'x-dictionary': 'ethnicity' },
    born: { type: 'string', title: '出生日期', format: 'date' },
    idNumber: { type: 'string', title: '身份证号', format: 'cn-id' },
    age: { type: 'integer', title: '年龄' },
    unit: { type: 'string', title: '单位', 'x-dictionary': 'unit' },
    county: { type: 'string', title: '所在区县', 'x-dictionary': 'hubei-county' },
    subjects: { type: 'array', title: '科目', items: { type: 'string', enum: ['a', 'b'] } },
  },
});

describe('the widget registry', () => {
  afterEach(() => document.body.replaceChildren());

  it('the meta-schema lists exactly the built-in widgets (no hand-kept second list)', () => {
    expect([...metaSchemaWidgets()].sort()).toEqual([...builtinWidgetNames].sort());
    for (const name of builtinWidgetNames) expect(widgetNamed(name)?.name).toBe(name);
  });

  it('testers pick the widget the schema suggests when the layout names none', () => {
    const compiled = compileForm({ ...definition, layout: { steps: [] } } as unknown as FormDefinition);
    const widget = (pointer: string) => fieldSpec(compiled, { field: pointer }, pointer, pointer, 'zh-CN').widget;
    expect(widget('/name')).toBe('text');
    expect(widget('/note')).toBe('textarea');
    expect(widget('/married')).toBe('yes-no');
    expect(widget('/gender')).toBe('radio');
    expect(widget('/ethnicity')).toBe('select');
    expect(widget('/born')).toBe('date');
    expect(widget('/idNumber')).toBe('id-number');
    expect(widget('/age')).toBe('number');
    expect(widget('/unit')).toBe('lookup');
    expect(widget('/county')).toBe('region');
    expect(widget('/subjects')).toBe('checkboxes');
  });

  it('refuses a host widget with a bad or taken name, in Chinese', () => {
    expect(() => registerWidget({ name: 'select' as `x-${string}`, render: () => html`` })).toThrow(/须以 x- 开头/);
    expect(() => registerWidget({ name: 'x-Bad Name', render: () => html`` })).toThrow(/控件名“x-Bad Name”无效/);
    expect(() => registerWidget({ name: 'x-nothing' })).toThrow(/既没有 render 也没有 input/);
    expect(() => registerWidget({ name: 'x-radio-like', input: { type: 'text"onfocus' } })).toThrow(/input.type/);
  });

  it('a host registers its own widget and a definition uses it', async () => {
    registerWidget({
      name: 'x-star-rating',
      group: true,
      render: ({ value, labelId, invalid, emit }) =>
        html`<div part="control" role="radiogroup" aria-labelledby=${labelId} aria-invalid=${invalid}>
          ${[1, 2, 3, 4, 5].map((n) => html`<button type="button" role="radio" aria-checked=${value === n ? 'true' : 'false'} aria-label="${n} 星" @click=${() => emit(n, true)}>${typeof value === 'number' && n <= value ? '★' : '☆'}</button>`)}
        </div>`,
      display: (_spec, value) => `${String(value)} 星`,
    });
    expect(() => registerWidget({ name: 'x-star-rating', render: () => html`` })).toThrow(/已注册过/);
    // The definition format takes a host widget's name.
    expect(checkDefinition(definition).ok).toBe(true);
    expect(checkDefinition({ ...definition, layout: { steps: [{ id: 'all', title: { 'zh-CN': '全部' }, sections: [{ id: 's1', title: { 'zh-CN': '评价' }, items: [{ field: '/rating', widget: 'stars' }] }] }] } }).ok).toBe(false);

    const form = await mountTestForm({ definition, rules: pack });
    const field = fieldOf(form, '/rating');
    expect(field.spec!.widget).toBe('x-star-rating');
    await field.updateComplete;
    const stars = field.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]');
    expect(stars).toHaveLength(5);
    // The group is named by the field's label.
    const group = field.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(field.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toContain('满意度');
    await userEvent.click(stars[3]!);
    await form.check();
    expect((form.value as { rating?: number }).rating).toBe(4);
    expect(form.evaluation!.issues.some((i) => i.path === '/rating')).toBe(false);
    await field.updateComplete;
    expect(field.shadowRoot!.querySelectorAll('[aria-checked="true"]')).toHaveLength(1);

    form.mode = 'readonly';
    await form.updateComplete;
    await field.updateComplete;
    const shown = fieldOf(form, '/rating');
    await shown.updateComplete;
    expect(shown.shadowRoot!.querySelector('[part="value"]')!.textContent).toBe('4 星');
  });
});
