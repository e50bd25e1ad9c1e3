/**
 * Helpers of the end-to-end browser tests (packages/ui/src/e2e/*.test.ts): mounting a real
 * `<shenbao-form>` with a built-in form, finding its parts through the shadow roots, reading what
 * the candidate sees, and an uploader that really reads each file. No test framework imports here.
 */
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { checkFile, type AttachmentRef } from '@shenbao/core';
import { builtinForm, builtinForms, type BuiltinForm } from '@shenbao/forms';
import { scenariosOf as scenarioFilesOf } from '@shenbao/forms/scenarios';
import { resolvePack, type ResolvedPack, type RulePack } from '@shenbao/rules';
import '../define.js';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import type { UploadRequest, Uploader } from '../types.js';

/** The `today` of every test (the scenarios are written for it). */
export const today = '2024-05-01';

/** A scenario as the forms package holds it. */
export interface Scenario {
  name: string;
  requirements: string[];
  year?: number;
  data: Record<string, unknown>;
  context?: Record<string, unknown>;
  expect: { complete?: boolean };
}

/** The resolved pack of a form's newest (or given) year. */
export function packOf(form: BuiltinForm, year?: number): ResolvedPack {
  const packs = Object.values(form.packs) as RulePack[];
  return resolvePack(packs, year);
}

/** The scenarios of a form. */
export function scenariosOf(form: BuiltinForm): Scenario[] {
  return scenarioFilesOf(form.id).map((s) => s.scenario as Scenario);
}

/** The first scenario that passes (complete), else the first one. */
export function passingScenario(form: BuiltinForm): Scenario {
  const all = scenariosOf(form);
  return all.find((s) => s.expect.complete === true) ?? all[0]!;
}

/** Index of the first wizard step that has anything to fill (fields, groups or slots). */
export function firstDataStep(form: BuiltinForm): number {
  const index = form.definition.layout.steps.findIndex((step) => step.sections.some((section) => section.items.some((item) => !('notice' in item))));
  return Math.max(0, index);
}

/** Every built-in form. */
export const forms: readonly BuiltinForm[] = builtinForms;
export { builtinForm };

/** Registers the hooks that give each test a fresh page: an empty localStorage before it (no draft of another test), an empty page and localStorage after. */
export function freshPage(): void {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });
}

/** Registers the hooks of tests at `width` px (`height` 800 unless given): the viewport and a {@link freshPage} for each. */
export function atWidth(width: number, height = 800): void {
  beforeEach(() => page.viewport(width, height));
  freshPage();
}

/** Mounts a `<shenbao-form>` for a built-in form (drafts off unless `draftKey` is given) and waits for its first evaluation. */
export async function mountForm(form: BuiltinForm, props: Partial<ShenbaoForm> = {}, parent: HTMLElement = document.body): Promise<ShenbaoForm> {
  const element = document.createElement('shenbao-form');
  Object.assign(element, { definition: form.definition, rules: packOf(form), context: { today }, draftKey: '' }, props);
  parent.append(element);
  await settle(element);
  return element;
}

/** Waits until the form has evaluated its current data and every part has rendered. */
export async function settle(form: ShenbaoForm): Promise<void> {
  await form.updateComplete;
  await form.check();
  await form.updateComplete;
  await Promise.all(deepQueryAll<HTMLElement & { updateComplete?: Promise<unknown> }>(form, '*').map((e) => e.updateComplete));
}

/** Every element matching `selector` in `root` and in all shadow roots below it, in tree order. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of node.children) {
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text a reader gets from `root`: its own text and that of every shadow root inside (no styles or scripts). */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    // Styles and scripts are not read; a select reads as its chosen option, not its whole list.
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof HTMLSelectElement) {
      parts.push(node.selectedOptions[0]?.textContent ?? '');
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The markup of `root` including every shadow root (attributes and text, as the DOM holds them). */
export function deepMarkup(root: Element): string {
  const parts: string[] = [root.outerHTML];
  for (const element of [root, ...deepQueryAll(root, '*')]) if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
  return parts.join('\n');
}

/** The `<shenbao-field>` of a pointer. */
export function fieldAt(form: ShenbaoForm, pointer: string): ShenbaoField {
  const field = deepQueryAll<ShenbaoField>(form, 'shenbao-field').find((f) => f.spec?.pointer === pointer);
  if (!field) throw new Error(`no field ${pointer} on this step`);
  return field;
}

/** The control (input, select or textarea) of a field. */
export function controlAt(form: ShenbaoForm, pointer: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const control = fieldAt(form, pointer).shadowRoot!.querySelector('input, select, textarea');
  if (!control) throw new Error(`field ${pointer} has no control`);
  return control as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

/** The radio button of a field with this visible label. */
export function radioAt(form: ShenbaoForm, pointer: string, label: string): HTMLInputElement {
  const choice = [...fieldAt(form, pointer).shadowRoot!.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === label);
  const input = choice?.querySelector('input');
  if (!input) throw new Error(`field ${pointer} has no choice “${label}”`);
  return input;
}

/** The form's own button with this text (下一步, 上一步, 确定, 返回修改). */
export function formButton(form: ShenbaoForm, text: string): HTMLButtonElement {
  const button = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button “${text}”`);
  return button;
}

/** The step the wizard shows (index into the step names). */
export function currentStep(form: ShenbaoForm): number {
  return form.shadowRoot!.querySelector('shenbao-steps')!.current;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An uploader that really reads each file and answers a reference with what the content shows (as the reference server does). */
export class ReadingUploader implements Uploader {
  /** Every file that reached the uploader, with its bytes. */
  readonly received: { name: string; path: string; bytes: Uint8Array }[] = [];
  private next = 0;

  async upload(request: UploadRequest): Promise<AttachmentRef> {
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    request.onProgress(0.5);
    const checked = await checkFile(bytes, request.slot, request.name, request.path);
    if (!checked.ok || checked.info.type === null) throw new Error(checked.issues[0]?.message ?? '文件未通过检查');
    this.received.push({ name: request.name, path: request.path, bytes });
    request.onProgress(1);
    const ref: AttachmentRef = { id: `file-${++this.next}`, name: request.name, type: checked.info.type, size: bytes.byteLength };
    if (checked.info.width !== undefined) ref.width = checked.info.width;
    if (checked.info.height !== undefined) ref.height = checked.info.height;
    return ref;
  }
}

/** What the tests do with the page (`userEvent` of vitest/browser: real input through the browser). */
export interface User {
  click(element: HTMLElement): Promise<void>;
  fill(element: HTMLElement, text: string): Promise<void>;
  selectOptions(element: HTMLElement, value: string): Promise<void>;
}

/** Presses a wizard button and waits for the form; before 下一步 on 申报须知 and before 确定 it ticks 已阅读须知 / the pledge as a candidate must. */
export async function press(user: User, form: ShenbaoForm, text: string): Promise<void> {
  const tick = text === '下一步' ? 'read-notice' : text === '确定' ? 'pledge' : undefined;
  const box = tick ? form.shadowRoot!.querySelector<HTMLInputElement>(`input[data-tick="${tick}"]`) : null;
  if (box && !box.checked) {
    await user.click(box);
    await form.updateComplete;
  }
  await user.click(formButton(form, text));
  await settle(form);
}

/** What {@link fillTcmBasics} types, by pointer. */
export const tcmBasics: Record<string, string> = {
  '/applicant/name': '张建国',
  '/applicant/gender': '1',
  '/applicant/ethnicity': '01',
  '/applicant/idType': 'id-card',
  '/applicant/idNumber': '420106198503150018',
  '/applicant/birthDate': '1985-03-15',
  '/applicant/mobile': '13800138000',
  '/applicant/educationLevel': '60',
  '/applicant/address': '湖北省武汉市武昌区中南路 99 号',
  '/practiceCounty': '420106',
  '/region': '420106',
  '/candidateType': 'shicheng',
  '/experience/culturalStudy': '1991—2000 年在武昌区读完小学、初中和高中。',
  '/experience/apprenticeship': '2012 年起跟随李明德主任医师学习中医内科。',
  '/experience/expertiseSummary': '擅长运用经方治疗脾胃病。',
};

/** Sets one field through its control as a person would: types, picks the option, or clicks the radio. */
export async function enter(user: User, form: ShenbaoForm, pointer: string, value: string): Promise<void> {
  const field = fieldAt(form, pointer);
  await field.updateComplete;
  if (field.spec?.widget === 'radio') {
    const input = field.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${CSS.escape(value)}"]`);
    if (!input) throw new Error(`field ${pointer} has no choice ${value}`);
    await user.click(input);
  } else if (field.spec?.widget === 'select') await user.selectOptions(controlAt(form, pointer), value);
  else if (field.spec?.widget === 'region') {
    // 市/州 first (the county's parent, or the value itself for a 省直辖 市), then the 区县.
    const option = field.spec.options?.find((o) => o.value === value);
    if (!option) throw new Error(`field ${pointer} has no choice ${value}`);
    const upper = option.extras?.['parent'] === undefined ? value : String(option.extras['parent']);
    const [first, second] = field.shadowRoot!.querySelectorAll('select');
    await user.selectOptions(first!, upper);
    await field.updateComplete;
    if (upper !== value) await user.selectOptions(second!, value);
  }
  else await user.fill(controlAt(form, pointer), value);
}

/** 申报须知 → 基本信息, filled as a 师承 candidate through the controls (the 师承 texts appear once the type is chosen). */
export async function fillTcmBasics(user: User, form: ShenbaoForm): Promise<void> {
  await press(user, form, '下一步');
  for (const [pointer, value] of Object.entries(tcmBasics)) {
    await enter(user, form, pointer, value);
    if (pointer === '/candidateType') await settle(form);
  }
  await settle(form);
}

/** Adds a teacher with 添加 (the list opens its editor), fills it through the controls and presses 完成; returns the teacher's pointer. */
export async function addTcmTeacher(user: User, form: ShenbaoForm, role: 'guidance' | 'recommender', name: string, idNumber: string): Promise<string> {
  const group = form.shadowRoot!.querySelector('shenbao-group[data-path="/teachers"]');
  if (!group) throw new Error('the teachers group is not on this step');
  await user.click(group.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="add"]')!);
  await settle(form);
  const at = `/teachers/${(form.value as { teachers: unknown[] }).teachers.length - 1}`;
  if (!form.shadowRoot!.querySelector(`[data-editor="${at}"]`)) throw new Error(`添加 did not open the editor of ${at}`);
  const values: Record<string, string> = {
    role,
    name,
    idNumber,
    mobile: '13800138001',
    practiceLocation: '420106',
    physicianClass: '中医',
    qualificationCertNo: `19974211042010${at.slice(-1)}`,
    practiceCertNo: `11042010000012${at.slice(-1)}`,
    title: '主任医师',
    clinicalYears: '30',
    workUnit: '武汉市武昌区中医医院',
  };
  for (const [key, value] of Object.entries(values)) await enter(user, form, `${at}/${key}`, value);
  await settle(form);
  await user.click(form.shadowRoot!.querySelector<HTMLButtonElement>(`[data-editor="${at}"] button.done`)!);
  await settle(form);
  return at;
}
