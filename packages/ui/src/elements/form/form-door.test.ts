import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { tcmExpertise } from '@shenbao/forms';
import '../../define.js';
import type { ShenbaoForm } from './form.js';

/** Mutable copies of the TCM definition and its 2024 pack (what a host team writes by hand). */
type Loose = any;
const definition = (): Loose => structuredClone(tcmExpertise.definition);
const pack = (): Loose => structuredClone(tcmExpertise.packs[2024]);
const ruleAt = (p: Loose, id: string): number => p.rules.findIndex((r: { id: string }) => r.id === id);

let errors: MockInstance<typeof console.error>;

async function mount(props: Record<string, unknown>): Promise<ShenbaoForm> {
  const el = document.createElement('shenbao-form');
  Object.assign(el, { definition: definition(), rules: pack(), context: { today: '2024-05-01' }, draftKey: '' }, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** What the page shows in place of the form: the panel's heading and each listed problem's text. */
function panel(el: ShenbaoForm): { title: string; items: string[]; role: string | null } {
  const section = el.shadowRoot!.querySelector<HTMLElement>('[part="problems"]');
  expect(section, 'the error panel is on screen').not.toBeNull();
  expect(section!.getBoundingClientRect().height).toBeGreaterThan(0);
  return {
    title: section!.querySelector('h2')!.textContent!.trim(),
    items: [...section!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    role: section!.getAttribute('role'),
  };
}

/** No half form: nothing of the wizard renders beside the panel. */
function expectNoForm(el: ShenbaoForm): void {
  expect(el.shadowRoot!.querySelectorAll('shenbao-field, shenbao-steps, shenbao-group, shenbao-upload, button').length).toBe(0);
}

/** The console got the list once, naming the same problem. */
function expectConsoleOnce(text: string): void {
  const calls = errors.mock.calls.filter((c) => String(c[0]).startsWith('shenbao: <shenbao-form>'));
  expect(calls).toHaveLength(1);
  expect(String(calls[0]![0])).toContain(text);
}

describe('<shenbao-form> checks what it is given at the door (issue 13 item 5)', () => {
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    errors.mockRestore();
    document.body.replaceChildren();
  });

  it('a layout typo (/nmae), given as JSON text: pointer, line:column and reason on screen and once in the console', async () => {
    const d = definition();
    d.layout.steps[1].sections[0].items[0] = { field: '/nmae' };
    const text = JSON.stringify(d, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"field": "/nmae"')) + 1;
    const column = lines[line - 1]!.indexOf('"field"') + 1; // where the member starts
    const el = await mount({ definition: text });
    const shown = panel(el);
    expect(shown.role).toBe('alert');
    expect(shown.title).toBe('表单无法显示：发现 1 处问题');
    expect(shown.items).toEqual([`定义 /layout/steps/1/sections/0/items/0/field 第 ${line} 行第 ${column} 列 字段“/nmae”在数据结构（schema）中不存在`]);
    expectNoForm(el);
    expectConsoleOnce(`definition:${line}:${column} /layout/steps/1/sections/0/items/0/field：字段“/nmae”`);
    // The same text again is the same definition: checked and reported once.
    el.definition = text;
    await el.updateComplete;
    expectConsoleOnce('/nmae');
  });

  it('JSON text that does not parse: the syntax error with its line and column', async () => {
    const el = await mount({ definition: '{\n  "id": "mine",\n  "title": {"zh-CN": "我的"},,\n}' });
    expect(panel(el).items).toEqual([expect.stringMatching(/^定义 \/ 第 3 行第 \d+ 列 JSON 语法错误：/)]);
    expectNoForm(el);
  });

  it('a step without sections: the panel, no blank element and no unhandled rejection', async () => {
    const d = definition();
    delete d.layout.steps[1].sections;
    const el = await mount({ definition: d });
    expect(panel(el).items).toEqual(['定义 /layout/steps/1/sections 缺少必填项“sections”']);
    expectNoForm(el);
  });

  it('a definition without attachments', async () => {
    const d = definition();
    delete d.attachments;
    const el = await mount({ definition: d });
    expect(panel(el).items).toEqual(['定义 /attachments 缺少必填项“attachments”']);
    expectNoForm(el);
  });

  it('a plain-string title is refused with the object to write (never dropped silently)', async () => {
    const d = definition();
    d.title = '我的表单';
    const el = await mount({ definition: d });
    expect(panel(el).items).toEqual(['定义 /title 多语言文本应写成对象 {"zh-CN": "我的表单"}（可加 "en"），不能是字符串']);
  });

  it('an unknown dictionary (x-dictionary: "ethnicities")', async () => {
    const d = definition();
    d.schema.properties.applicant.properties.ethnicity['x-dictionary'] = 'ethnicities';
    const el = await mount({ definition: d });
    const [item] = panel(el).items;
    expect(item).toMatch(/^定义 \/schema\/properties\/applicant\/properties\/ethnicity\/x-dictionary 字典“ethnicities”不存在（已有：.*ethnicity/);
    expectNoForm(el);
  });

  it('a rule requiring an unknown field (/experiance)', async () => {
    const p = pack();
    const r = ruleAt(p, 'TCM-2.require');
    p.rules[r].event.params.fields[0] = '/experiance';
    const el = await mount({ rules: p });
    expect(panel(el).items).toEqual([`规则包 /rules/${r}/event/params/fields/0 字段“/experiance”在表单数据中不存在`]);
    expectNoForm(el);
    expectConsoleOnce(`rules /rules/${r}/event/params/fields/0：字段“/experiance”`);
  });

  it('an unknown operator, in a pack given as JSON text (line:column)', async () => {
    const p = pack();
    const r = ruleAt(p, 'TCM-2.require');
    p.rules[r].conditions.all[0].operator = 'equals';
    const text = JSON.stringify(p, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"operator": "equals"')) + 1;
    const el = await mount({ rules: text });
    expect(panel(el).items).toEqual([expect.stringMatching(new RegExp(`^规则包 /rules/${r}/conditions/all/0/operator 第 ${line} 行第 \\d+ 列 未知的运算符“equals”（可用：equal、`))]);
  });

  it('a pack whose form id differs from the definition', async () => {
    const p = pack();
    p.form = 'tcm-expertize';
    const el = await mount({ rules: [p] });
    expect(panel(el).items).toEqual(['规则包 /0/form 规则包的表单“tcm-expertize”与定义“tcm-expertise”不一致']);
  });

  it('an unknown fact and an unknown effect', async () => {
    const p = pack();
    const r = ruleAt(p, 'TCM-2.require');
    p.rules[r].conditions.all[0].fact = 'answers';
    p.rules[r].event.type = 'warn';
    const el = await mount({ rules: p });
    const items = panel(el).items;
    expect(items).toContain(`规则包 /rules/${r}/conditions/all/0/fact 未知的事实“answers”（可用：data、context、params、count、item、index）`);
    expect(items).toContainEqual(expect.stringMatching(new RegExp(`^规则包 /rules/${r}/event/type 未知的效果“warn”（可用：require、`)));
  });

  it('a data schema ajv cannot compile (found by the one compilation the form makes anyway)', async () => {
    const d = definition();
    d.schema.properties.region.format = 'no-such-format';
    const el = await mount({ definition: d });
    expect(panel(el).items).toEqual([expect.stringMatching(/^定义 \/schema 数据结构（schema）无法编译：.*no-such-format/)]);
    expectNoForm(el);
  });

  it('a year with no pack', async () => {
    const el = await mount({ rules: [pack()], year: 2031 });
    expect(panel(el).items).toEqual([expect.stringMatching(/^规则包 \/ .*2031/)]);
  });

  it('a value that is not an object; a good value after it shows the form', async () => {
    const el = await mount({ value: [] });
    expect(panel(el).items).toEqual(['数据 / 数据（value）应为对象，实际为 数组']);
    expectNoForm(el);
    el.value = {};
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('shenbao-steps')).not.toBeNull();
  });

  it('fixing the definition shows the form; a refused form keeps a host <form> from submitting', async () => {
    const host = document.createElement('form');
    document.body.append(host);
    const d = definition();
    delete d.version;
    const el = document.createElement('shenbao-form');
    Object.assign(el, { definition: d, rules: pack(), context: { today: '2024-05-01' }, draftKey: '', name: 'declaration' });
    host.append(el);
    await el.updateComplete;
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('表单无法显示：发现 1 处问题');
    el.definition = definition();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('shenbao-steps')).not.toBeNull();
    expect(errors.mock.calls.filter((c) => String(c[0]).startsWith('shenbao: <shenbao-form>'))).toHaveLength(1);
  });
});
