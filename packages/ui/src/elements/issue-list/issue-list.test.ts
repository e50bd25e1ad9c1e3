import { afterEach, describe, expect, it } from 'vitest';
import { builtinForms, builtinForm, type BuiltinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { evaluate, resolvePack, type Evaluation, type RulePack, type Scenario } from '@shenbao/rules';
import '../../define.js';
import type { ShenbaoForm } from '../form/form.js';
import type { ShenbaoField } from '../field/field.js';
import type { ShenbaoIssueList } from './issue-list.js';

const yearOf = (form: BuiltinForm, s: Scenario) => s.year ?? Math.max(...Object.keys(form.packs).map(Number));
const packOf = (form: BuiltinForm, s: Scenario) => resolvePack(Object.values(form.packs) as RulePack[], yearOf(form, s));

async function mount(form: BuiltinForm, scenario: Scenario, mode: ShenbaoForm['mode'] = 'confirm'): Promise<ShenbaoForm> {
  const el = document.createElement('shenbao-form');
  Object.assign(el, { definition: form.definition, rules: packOf(form, scenario), year: yearOf(form, scenario), context: scenario.context ?? {}, draftKey: '', mode, value: structuredClone(scenario.data) });
  document.body.append(el);
  await el.updateComplete;
  await el.check();
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll<ShenbaoField | ShenbaoIssueList>('shenbao-field, shenbao-issue-list')].map((e) => e.updateComplete));
  return el;
}

const list = (el: ShenbaoForm) => el.shadowRoot!.querySelector('shenbao-issue-list');
const lines = (el: ShenbaoForm) => [...(list(el)?.shadowRoot?.querySelectorAll<HTMLLIElement>('li[data-path]') ?? [])];
const scenario = (form: string, file: string) => scenariosOf(builtinForm(form).id).find((s) => s.file === file)!.scenario as Scenario;

/** Every failing scenario of every form, with its evaluation (found at run time, not listed by hand). */
const failing: [string, string, BuiltinForm, Scenario, Evaluation][] = [];
for (const form of builtinForms) {
  for (const { file, scenario: raw } of scenariosOf(form.id)) {
    const s = raw as Scenario;
    const evaluation = await evaluate(form.definition, packOf(form, s), structuredClone(s.data), s.context ?? {});
    if (!evaluation.complete) failing.push([form.id, file, form, s, evaluation]);
  }
}
/** The failing scenarios whose issues no field shows (hidden fields, materials, the whole record): the issue list alone shows them. */
const onlyInList = failing.filter(([, , form, , evaluation]) => {
  const pointers = new Set<string>();
  const walk = (items: readonly { field?: string; group?: string; items?: unknown[] }[]) => {
    for (const i of items) {
      if (i.field) pointers.add(i.field);
      if (i.items) walk(i.items as never);
    }
  };
  for (const step of form.definition.layout.steps) for (const section of step.sections) walk(section.items as never);
  return evaluation.issues.every((i) => i.path === '' || /\/attachments(\/|$)/.test(i.path) || evaluation.visible[i.path] === false || !pointers.has(i.path.replace(/\/\d+(?=\/|$)/g, '')));
});

describe('<shenbao-issue-list> in 信息确认 (every issue visible)', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds failing scenarios whose issues no field shows (hidden fields, materials, the whole record)', () => {
    expect(onlyInList.length).toBeGreaterThanOrEqual(16);
  });

  it.each(failing.map(([id, file, ...rest]) => [`${id}/${file}`, id, file, ...rest] as const))('%s: every issue evaluate() reports is listed at the top, with its message', async (_name, _id, _file, form, s, evaluation) => {
    const el = await mount(form, s);
    const shown = lines(el);
    const listEl = list(el)!;
    expect(listEl.checkVisibility()).toBe(true);
    expect(listEl.getBoundingClientRect().top).toBeLessThan(400); // on the first phone screen, under the title
    // The form's own evaluation is the one on screen: each of its issues has its line, with its message.
    expect(el.evaluation!.complete).toBe(false);
    for (const issue of el.evaluation!.issues) {
      const line = shown.find((li) => li.dataset['path'] === issue.path && li.dataset['code'] === issue.code);
      expect(line, `${issue.path || '（整份申报）'} ${issue.code}`).toBeTruthy();
      expect(line!.textContent).toContain(issue.message);
    }
    // evaluate() on the scenario's data says the same; a required section that is absent there is opened
    // empty by the form, which then names each field it lacks (lines under that path).
    for (const issue of evaluation.issues) {
      const line = shown.find((li) => (li.dataset['path'] === issue.path && li.dataset['code'] === issue.code) || (issue.code === 'required' && li.dataset['path']!.startsWith(issue.path + '/')));
      expect(line, `evaluate(): ${issue.path || '（整份申报）'} ${issue.code}`).toBeTruthy();
    }
    expect(listEl.shadowRoot!.querySelector('h2')!.textContent).toContain(String(shown.length));
  });

  it('a link moves focus to the place of its issue (a material slot, a field)', async () => {
    const el = await mount(builtinForm('tcm-expertise'), scenario('tcm-expertise', 'missing-own-id-back.json'));
    const link = lines(el).find((li) => li.dataset['path'] === '/attachments/applicantIdCard')!.querySelector('a')!;
    link.click();
    expect(el.shadowRoot!.activeElement?.getAttribute('data-path')).toBe('/attachments/applicantIdCard');

    const missing = await mount(builtinForm('health-qualification'), scenario('health-qualification', 'missing-name.json'));
    lines(missing)[0]!.querySelector('a')!.click();
    expect((missing.shadowRoot!.activeElement as ShenbaoField | null)?.spec?.pointer).toBe('/applicant/name');
  });

  it('an issue of a hidden field or of the whole record is listed without a link (it has no place on screen)', async () => {
    const el = await mount(builtinForm('physician-exam-confirm'), scenario('physician-exam-confirm', 'unit-not-filed-empty.json'));
    const record = lines(el).find((li) => li.dataset['path'] === '')!;
    expect(record.querySelector('a')).toBeNull();
    expect(record.textContent).toContain('整份申报');
  });

  it('确定 in the wizard’s 信息确认 with issues moves focus to the list', async () => {
    const s = scenario('tcm-expertise', 'missing-own-id-back.json');
    const el = await mount(builtinForm('tcm-expertise'), s, 'edit');
    el.shadowRoot!.querySelector('shenbao-steps'); // the wizard
    (el as unknown as { goTo(i: number): void }).goTo(builtinForm('tcm-expertise').definition.layout.steps.length);
    await el.updateComplete;
    const submit = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === '确定')!;
    submit.click();
    await expect.poll(() => el.shadowRoot!.activeElement?.tagName.toLowerCase()).toBe('shenbao-issue-list');
    expect(lines(el).some((li) => li.dataset['path'] === '/attachments/applicantIdCard')).toBe(true);
  });

  it('a passing scenario has no list, and an optional section left out is not marked 未填写', async () => {
    const el = await mount(builtinForm('health-qualification'), scenario('health-qualification', 'fee-computed.json'));
    expect(list(el)?.shadowRoot?.querySelector('li')).toBeFalsy();
    const missing = [...el.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')].filter((f) => f.shadowRoot!.querySelector('.missing'));
    expect(missing.map((f) => f.spec!.pointer)).toEqual([]);
    // The computed fee (HQ-1) is shown, not "—".
    const fee = [...el.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')].find((f) => f.spec?.pointer === '/fee')!;
    expect(fee.shadowRoot!.querySelector('[part="value"]')!.textContent).toBe('140');
  });
});
