/**
 * Test support for ui's tests and stories of `<shenbao-form>` on a small form of their own: the
 * definition (one step of one section unless steps are given), its pack (no rules unless given), the
 * form mounted and evaluated once, and a field found by its pointer.
 */
import type { FormDefinition } from '@shenbao/core';
import { resolvePack, type ResolvedPack, type RulePack } from '@shenbao/rules';
import type { ShenbaoField } from '../src/elements/field/field.js';
import type { ShenbaoForm } from '../src/elements/form/form.js';

/** What a test form is made of. */
export interface TestFormSpec {
  id: string;
  /** The form's zh-CN title. */
  title: string;
  /** The schema's properties (an object schema without additional properties). */
  properties: Record<string, unknown>;
  required?: string[];
  /** The layout items of the one section (titled `section`, default 一组). */
  items?: unknown[];
  section?: string;
  /** Whole layout steps instead of `items`. */
  steps?: unknown[];
  dictionaries?: string[];
  attachments?: unknown[];
  /** The 2024 pack's rules. */
  rules?: unknown[];
}

/** The definition and resolved pack of a test form. */
export function testForm(spec: TestFormSpec): { definition: FormDefinition; pack: ResolvedPack } {
  const steps = spec.steps ?? [{ id: 'all', title: { 'zh-CN': '全部' }, sections: [{ id: 's1', title: { 'zh-CN': spec.section ?? '一组' }, items: spec.items ?? [] }] }];
  const definition = {
    id: spec.id,
    version: '1.0.0',
    title: { 'zh-CN': spec.title },
    requirements: [],
    ...(spec.dictionaries ? { dictionaries: spec.dictionaries } : {}),
    schema: { type: 'object', additionalProperties: false, ...(spec.required ? { required: spec.required } : {}), properties: spec.properties },
    attachments: spec.attachments ?? [],
    layout: { steps },
  } as unknown as FormDefinition;
  const pack = resolvePack([{ form: spec.id, year: 2024, rules: spec.rules ?? [] } as unknown as RulePack], 2024);
  return { definition, pack };
}

/** `<shenbao-form>` with `props` (no draft, empty context unless given) in the document, after its first evaluation. */
export async function mountTestForm(props: Partial<ShenbaoForm>): Promise<ShenbaoForm> {
  const form = document.createElement('shenbao-form');
  Object.assign(form, { context: {}, draftKey: '' }, props);
  document.body.append(form);
  await form.updateComplete;
  await form.check();
  await form.updateComplete;
  return form;
}

/** The form's field element at `pointer`. */
export function fieldOf(form: ShenbaoForm, pointer: string): ShenbaoField {
  return [...form.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')].find((f) => f.spec?.pointer === pointer)!;
}
