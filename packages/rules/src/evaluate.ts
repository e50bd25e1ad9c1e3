/**
 * `evaluate(definition, pack, data, context)`: the one verdict on a declaration, the same in a
 * browser and on a server. Shape issues from ajv, policy from the pack's rules, attachments from
 * the slots as the rules adjust them; hidden fields are never required; `complete` only when
 * nothing blocks submission.
 */
import {
  checkSlotCount,
  compileForm,
  createDictionaryRegistry,
  expandTemplate,
  fillTemplate,
  getAt,
  issueMessage,
  localize,
  parsePointer,
  sanitizeInput,
  slotPath,
  type AttachmentRef,
  type CompiledForm,
  type DictionaryRegistry,
  type FormDefinition,
  type InputLimits,
  type Issue,
  type Locale,
} from '@shenbao/core';
import { evaluateExpression } from './expressions.js';
import { isEmptyValue } from './operators/index.js';
import { createPackRuntime, type FiredRule, type PackRuntime } from './pack-runtime.js';
import type { ResolvedPack } from './pack-types.js';

/** The requirements on one attachment slot instance after the rules applied. */
export interface SlotState {
  slot: string;
  min: number;
  max: number;
  accept: string[];
  maxBytes: number;
  count: number;
  required: boolean;
  visible: boolean;
}

/** What `evaluate` says about a declaration. */
export interface Evaluation {
  issues: Issue[];
  /** Concrete field pointer → visible. */
  visible: Record<string, boolean>;
  /** Concrete field pointer → required (and visible). */
  required: Record<string, boolean>;
  /** Slot instance path (`/attachments/photo`, `/teachers/0/attachments/teacherIdCard`) → state. */
  attachments: Record<string, SlotState>;
  /** Pointer → value computed by `set` effects. */
  computed: Record<string, unknown>;
  /** True only when nothing blocks submission. */
  complete: boolean;
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  locale?: Locale;
  /** Code tables to check `x-dictionary` codes against (default: the built-in tables; async lookups are not checked). */
  dictionaries?: DictionaryRegistry;
  limits?: InputLimits;
  /** A precompiled form (e.g. with a standalone validator); default: compiled once and cached. */
  compiled?: CompiledForm;
}

const runtimes = new WeakMap<ResolvedPack, PackRuntime | Error>();
let builtinRegistry: DictionaryRegistry | undefined;

/** The runtime of a pack, built once per pack object. */
function runtimeOf(pack: ResolvedPack): PackRuntime | Error {
  let runtime = runtimes.get(pack);
  if (!runtime) {
    try {
      runtime = createPackRuntime(pack);
    } catch (error) {
      runtime = error instanceof Error ? error : new Error(String(error));
    }
    runtimes.set(pack, runtime);
  }
  return runtime;
}

const withIndex = (pointer: string, index: number | undefined) => (index === undefined ? pointer : pointer.replace(/\/\*(?=\/|$)/, `/${index}`));

/** Whether `pointer` is `ancestor` or below it. */
const isUnder = (pointer: string, ancestor: string) => pointer === ancestor || pointer.startsWith(ancestor + '/');

function empty(locale: Locale, issues: Issue[]): Evaluation {
  void locale;
  return { issues, visible: {}, required: {}, attachments: {}, computed: {}, complete: false };
}

/** Evaluates a declaration against a form definition and a resolved rule pack. Never throws. */
export async function evaluate(
  definition: FormDefinition,
  pack: ResolvedPack,
  data: unknown,
  context: unknown = {},
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  const locale = options.locale ?? 'zh-CN';
  try {
    return await evaluateUnsafe(definition, pack, data, context, options, locale);
  } catch (error) {
    const params = { detail: error instanceof Error ? error.message : String(error) };
    return empty(locale, [{ path: '', code: 'pack-error', params, source: 'engine', message: issueMessage('pack-error', locale, params) }]);
  }
}

async function evaluateUnsafe(
  definition: FormDefinition,
  pack: ResolvedPack,
  rawData: unknown,
  rawContext: unknown,
  options: EvaluateOptions,
  locale: Locale,
): Promise<Evaluation> {
  const input = sanitizeInput(rawData, locale, options.limits);
  const ctx = sanitizeInput(rawContext ?? {}, locale, options.limits);
  const inputIssues = [...input.issues, ...ctx.issues.map((i) => ({ ...i, path: `#context${i.path}` }))];
  if (input.refused || ctx.refused) return empty(locale, inputIssues);
  const data = input.value ?? {};
  const context = withDefaults(definition, ctx.value);

  const dictionaries = options.dictionaries ?? (builtinRegistry ??= createDictionaryRegistry());
  const form = options.compiled ?? compileForm(definition, { dictionaries });
  const issues: Issue[] = [...inputIssues];
  const packIssue = (params: Record<string, unknown>, source: string, path = '') =>
    issues.push({ path, code: 'pack-error', params, source, message: issueMessage('pack-error', locale, params) });

  if (pack.form !== definition.id) {
    packIssue({ detail: `规则包属于表单 ${pack.form}，不是 ${definition.id}` }, 'engine');
    return { ...empty(locale, issues) };
  }
  const runtime = runtimeOf(pack);
  let fired: FiredRule[] = [];
  if (runtime instanceof Error) packIssue({ detail: runtime.message }, 'engine');
  else {
    try {
      fired = await runtime.run({ data, context, params: runtime.paramValues });
    } catch (error) {
      packIssue({ detail: error instanceof Error ? error.message : String(error) }, 'engine');
    }
  }

  // 1. Visibility: targets of `show` rules are hidden unless one fires; `hide` hides.
  const showTargets = new Set<string>();
  for (const rule of pack.rules) {
    if (rule.event.type === 'show') {
      for (const f of rule.event.params.fields ?? []) for (const p of expandTemplate(f, data)) showTargets.add(p);
      for (const s of rule.event.params.slots ?? []) for (const p of slotInstances(form, s, data)) showTargets.add(p);
    }
  }
  const shown = new Map<string, string>();
  const hiddenBy = new Map<string, string>();
  const required = new Map<string, string>();
  const slotRules = new Map<string, { min: number; max: number; rules: string[] }>();
  const computed: Record<string, unknown> = {};
  const computedBy = new Map<string, string>();
  const conflict = (target: string, rules: string[]) => {
    const params = { target, rules: rules.join('、') };
    issues.push({ path: target.startsWith('/') ? target : '', code: 'pack-conflict', params, source: rules.join(','), message: issueMessage('pack-conflict', locale, params) });
  };

  for (const { rule, effect, index } of fired) {
    // A forEach rule over a slot's group acts on that item's instance of the slot only.
    const instancesOf = (slotId: string) => {
      const slot = form.slots.get(slotId);
      return slot?.group !== undefined && index !== undefined && rule.forEach === slot.group ? [slotPath(slot, index)] : slotInstances(form, slotId, data);
    };
    const targets = (fields: string[] | undefined, slots: string[] | undefined) => [
      ...(fields ?? []).flatMap((f) => expandTemplate(withIndex(f, index), data)),
      ...(slots ?? []).flatMap(instancesOf),
    ];
    switch (effect.type) {
      case 'show':
        for (const t of targets(effect.params.fields, effect.params.slots)) shown.set(t, rule.id);
        break;
      case 'hide':
        for (const t of targets(effect.params.fields, effect.params.slots)) hiddenBy.set(t, rule.id);
        break;
      case 'require':
        for (const t of targets(effect.params.fields, undefined)) required.set(t, rule.id);
        break;
      case 'attachment': {
        const slot = form.slots.get(effect.params.slot);
        if (!slot) {
          packIssue({ detail: `附件槽位 ${effect.params.slot} 不存在` }, rule.id);
          break;
        }
        const min = effect.params.min ?? Math.max(1, slot.min);
        const max = effect.params.max ?? slot.max;
        for (const at of instancesOf(slot.id)) {
          const prev = slotRules.get(at);
          slotRules.set(at, prev ? { min: Math.max(prev.min, min), max: Math.min(prev.max, max), rules: [...prev.rules, rule.id] } : { min, max, rules: [rule.id] });
        }
        break;
      }
      case 'error': {
        const path = withIndex(effect.params.path, index);
        const params: Record<string, unknown> = { ...runtime instanceof Error ? {} : runtime.paramValues, label: form.label(path, locale), index: index === undefined ? undefined : index + 1 };
        const template = localize(effect.params.message, locale);
        issues.push({ path, code: effect.params.code, params, source: rule.id, message: fillTemplate(template, params) });
        break;
      }
      case 'set': {
        const path = withIndex(effect.params.path, index);
        let value: unknown;
        try {
          value = evaluateExpression(effect.params.value, { data, context, params: pack.params });
        } catch (error) {
          packIssue({ detail: `${rule.id}：${(error as Error).message}` }, rule.id, path);
          break;
        }
        if (computedBy.has(path) && JSON.stringify(computed[path]) !== JSON.stringify(value)) conflict(path, [computedBy.get(path)!, rule.id]);
        else {
          computed[path] = value;
          computedBy.set(path, rule.id);
        }
        break;
      }
    }
  }
  for (const [target, rule] of hiddenBy) if (shown.has(target)) conflict(target, [shown.get(target)!, rule]);

  const hiddenRoots = new Set<string>([...hiddenBy.keys(), ...[...showTargets].filter((t) => !shown.has(t))]);
  const isHidden = (pointer: string) => {
    for (const root of hiddenRoots) if (isUnder(pointer, root)) return true;
    return false;
  };

  // 2. Shape issues, except inside hidden fields.
  for (const issue of form.validateShape(data, locale)) if (!isHidden(issue.path)) issues.push(issue);
  const hasIssue = (path: string) => issues.some((i) => i.path === path);

  // 3. Rule-required fields and values in hidden fields.
  for (const [pointer, ruleId] of required) {
    if (isHidden(pointer) || pointer.includes('/attachments/')) continue;
    if (isEmptyValue(getAt(data, pointer)) && !hasIssue(pointer)) {
      const params = { label: form.label(pointer, locale) };
      issues.push({ path: pointer, code: 'required', params, source: ruleId, message: issueMessage('required', locale, params) });
    }
  }
  for (const root of hiddenRoots) {
    if (!isEmptyValue(getAt(data, root)) && !hasIssue(root)) {
      const params = { label: form.label(root, locale) };
      issues.push({ path: root, code: 'hidden-value', params, source: hiddenBy.get(root) ?? 'visibility', message: issueMessage('hidden-value', locale, params) });
    }
  }

  // 4. Attachments: counts per visible slot instance, then each file's recorded type and size.
  const attachments: Record<string, SlotState> = {};
  for (const slot of form.definition.attachments) {
    for (const path of slotInstances(form, slot.id, data)) {
      const hidden = isHidden(path);
      const adjusted = slotRules.get(path);
      const min = hidden ? 0 : adjusted?.min ?? slot.min;
      const max = adjusted?.max ?? slot.max;
      const refs = getAt(data, path);
      const files = Array.isArray(refs) ? (refs as AttachmentRef[]) : [];
      attachments[path] = { slot: slot.id, min, max, accept: [...slot.accept], maxBytes: slot.maxBytes, count: files.length, required: min > 0, visible: !hidden };
      if (hidden || hasIssue(path)) continue;
      const source = adjusted?.rules.join(',') ?? 'attachments';
      for (const issue of checkSlotCount(files, { min, max, label: slot.label }, path, locale)) issues.push({ ...issue, source });
      files.forEach((file, i) => {
        if (typeof file !== 'object' || file === null) return;
        const at = `${path}/${i}`;
        const base = { label: localize(slot.label, locale), name: file.name, accept: slot.accept.map(shortType).join('/') };
        if (!(slot.accept as string[]).includes(file.type)) {
          issues.push({ path: at, code: 'attachment-type', params: { ...base, type: file.type }, source: 'attachments', message: issueMessage('attachment-type', locale, base) });
        }
        const dims = slot.image;
        if (dims && typeof file.width === 'number' && typeof file.height === 'number') {
          const tooSmall = (dims.minWidth !== undefined && file.width < dims.minWidth) || (dims.minHeight !== undefined && file.height < dims.minHeight);
          const tooBig = (dims.maxWidth !== undefined && file.width > dims.maxWidth) || (dims.maxHeight !== undefined && file.height > dims.maxHeight);
          if (tooSmall || tooBig) {
            const params = { ...base, width: file.width, height: file.height, ...dims };
            issues.push({ path: at, code: 'attachment-dimensions', params, source: 'attachments', message: issueMessage('attachment-dimensions', locale, params) });
          }
        }
        if (typeof file.size === 'number' && file.size > slot.maxBytes) {
          const params = { ...base, size: file.size, limit: slot.maxBytes, limitKb: Math.floor(slot.maxBytes / 1024) };
          issues.push({ path: at, code: 'attachment-size', params, source: 'attachments', message: issueMessage('attachment-size', locale, params) });
        }
      });
    }
  }

  // 5. Computed values must match what the declaration states, where it states one.
  for (const [path, value] of Object.entries(computed)) {
    const stated = getAt(data, path);
    if (stated !== undefined && JSON.stringify(stated) !== JSON.stringify(value) && !hasIssue(path)) {
      const params = { label: form.label(path, locale), expected: value, actual: stated };
      issues.push({ path, code: 'computed-mismatch', params, source: computedBy.get(path)!, message: issueMessage('computed-mismatch', locale, params) });
    }
  }

  // 6. Field visibility and requiredness maps.
  const visible: Record<string, boolean> = {};
  const requiredOut: Record<string, boolean> = {};
  for (const info of form.index.values()) {
    if (info.pointer === '' || parsePointer(info.pointer).includes('attachments')) continue;
    for (const pointer of expandTemplate(info.pointer, data)) {
      const v = !isHidden(pointer);
      visible[pointer] = v;
      requiredOut[pointer] = v && (info.required || required.has(pointer));
    }
  }
  for (const pointer of required.keys()) if (!(pointer in requiredOut) && !pointer.includes('/attachments/')) requiredOut[pointer] = !isHidden(pointer);

  return { issues, visible, required: requiredOut, attachments, computed, complete: issues.length === 0 };
}

/** Fills context facts the host did not give but the definition declares with a sensible default (`today`). */
function withDefaults(definition: FormDefinition, context: unknown): unknown {
  const base = typeof context === 'object' && context !== null && !Array.isArray(context) ? (context as Record<string, unknown>) : {};
  const declared = (definition.context?.properties ?? {}) as Record<string, unknown>;
  if ('today' in declared && base.today === undefined) return { ...base, today: new Date().toISOString().slice(0, 10) };
  return base;
}

/** Every instance path of a slot in this data (one per group item for grouped slots). */
function slotInstances(form: CompiledForm, slotId: string, data: unknown): string[] {
  const slot = form.slots.get(slotId);
  if (!slot) return [];
  if (slot.group === undefined) return [slotPath(slot)];
  return expandTemplate(slotPath(slot), data);
}

function shortType(mime: string): string {
  return mime === 'image/jpeg' ? 'JPG' : mime === 'image/png' ? 'PNG' : mime === 'application/pdf' ? 'PDF' : mime;
}
