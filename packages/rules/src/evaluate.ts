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
  exceedsSizeLimit,
  expandTemplate,
  fillTemplate,
  formatSize,
  getAt,
  issueMessage,
  localize,
  sanitizeInput,
  sizeLimitText,
  slotPath,
  type AttachmentRef,
  type AttachmentSlot,
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
import { withDefaults } from './context-defaults.js';
import { planOf } from './evaluation-plan.js';

/** The requirements on one attachment slot instance after the rules applied. */
export interface SlotState {
  slot: string;
  min: number;
  max: number;
  accept: readonly string[];
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
  const issues: Issue[] = [...input.issues, ...ctx.issues.map((i) => ({ ...i, path: `#context${i.path}` }))];
  if (input.refused || ctx.refused) return empty(locale, issues);
  const data = input.value ?? {};
  const context = withDefaults(definition, ctx.value);

  const dictionaries = options.dictionaries ?? (builtinRegistry ??= createDictionaryRegistry());
  const form = options.compiled ?? compileForm(definition, { dictionaries });
  const issuePaths = new Set<string>();
  const add = (issue: Issue) => {
    issues.push(issue);
    issuePaths.add(issue.path);
  };
  const packIssue = (params: Record<string, unknown>, source: string, path = '') =>
    add({ path, code: 'pack-error', params, source, message: issueMessage('pack-error', locale, params) });

  if (pack.form !== definition.id) {
    packIssue({ detail: `规则包属于表单 ${pack.form}，不是 ${definition.id}` }, 'engine');
    return empty(locale, issues);
  }
  const plan = planOf(pack, form);
  const shapeIssues = form.validateShape(data, locale);
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

  // 1. Effects. Visibility: targets of `show` rules are hidden unless one fires; `hide` hides.
  const shown = new Map<string, string>();
  const hiddenBy = new Map<string, string>();
  const required = new Map<string, string>();
  const slotRules = new Map<string, { min: number; max: number; rules: string[] }>();
  const computed: Record<string, unknown> = {};
  const computedBy = new Map<string, string>();
  const conflict = (target: string, rules: string[]) => {
    const params = { target, rules: rules.join('、') };
    add({ path: target.startsWith('/') ? target : '', code: 'pack-conflict', params, source: rules.join(','), message: issueMessage('pack-conflict', locale, params) });
  };

  for (const { rule, effect, index } of fired) {
    // A forEach rule over a slot's group acts on that item's instance of the slot only.
    const instancesOf = (slotId: string) => {
      const slot = form.slots.get(slotId);
      return slot?.group !== undefined && index !== undefined && rule.forEach === slot.group ? [slotPath(slot, index)] : slotInstances(form, slotId, data);
    };
    const targets = (fields: string[] | undefined, slots: string[] | undefined) => {
      const out: string[] = [];
      for (const f of fields ?? []) out.push(...expandTemplate(withIndex(f, index), data));
      for (const s of slots ?? []) out.push(...instancesOf(s));
      return out;
    };
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
        const params: Record<string, unknown> = { ...(runtime instanceof Error ? {} : runtime.paramValues), label: form.label(path, locale), index: index === undefined ? undefined : index + 1 };
        add({ path, code: effect.params.code, params, source: rule.id, message: fillTemplate(localize(effect.params.message, locale), params) });
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

  const hiddenRoots: string[] = [...hiddenBy.keys()];
  for (const f of plan.showFields) for (const t of expandTemplate(f, data)) if (!shown.has(t) && !hiddenBy.has(t)) hiddenRoots.push(t);
  for (const s of plan.showSlots) for (const t of slotInstances(form, s, data)) if (!shown.has(t) && !hiddenBy.has(t)) hiddenRoots.push(t);
  const hiddenSet = new Set(hiddenRoots);
  // A pointer is hidden when it or one of its ancestors is a hidden root: a few Set lookups.
  const isHidden = (pointer: string) => {
    if (hiddenSet.size === 0) return false;
    for (let at = pointer.length; at > 0; at = pointer.lastIndexOf('/', at - 1)) {
      if (hiddenSet.has(at === pointer.length ? pointer : pointer.slice(0, at))) return true;
    }
    return false;
  };

  // 2. Shape issues (found before the rules ran), except inside hidden fields.
  for (const issue of shapeIssues) if (!isHidden(issue.path)) add(issue);

  // 3. Rule-required fields and values in hidden fields.
  for (const [pointer, ruleId] of required) {
    if (isHidden(pointer) || pointer.includes('/attachments/')) continue;
    if (isEmptyValue(getAt(data, pointer)) && !issuePaths.has(pointer)) {
      const params = { label: form.label(pointer, locale) };
      add({ path: pointer, code: 'required', params, source: ruleId, message: issueMessage('required', locale, params) });
    }
  }
  for (const root of hiddenSet) {
    if (!isEmptyValue(getAt(data, root)) && !issuePaths.has(root)) {
      const params = { label: form.label(root, locale) };
      add({ path: root, code: 'hidden-value', params, source: hiddenBy.get(root) ?? 'visibility', message: issueMessage('hidden-value', locale, params) });
    }
  }

  // 4. Attachments: counts per visible slot instance, then each file's recorded type, size and pixels.
  const slotStates: [string, SlotState][] = [];
  const anyHiddenUnder = (prefix: string) => {
    for (const root of hiddenSet) if (root.startsWith(prefix) || prefix.startsWith(root)) return true;
    return false;
  };
  const checkSlot = (slot: AttachmentSlot, path: string, refs: unknown, hidden: boolean, accept: string, accepted: ReadonlySet<string>) => {
    const adjusted = slotRules.size ? slotRules.get(path) : undefined;
    const min = hidden ? 0 : adjusted?.min ?? slot.min;
    const max = adjusted?.max ?? slot.max;
    const files = Array.isArray(refs) ? (refs as AttachmentRef[]) : [];
    slotStates.push([path, { slot: slot.id, min, max, accept: slot.accept, maxBytes: slot.maxBytes, count: files.length, required: min > 0, visible: !hidden }]);
    if (hidden || (issuePaths.size > 0 && issuePaths.has(path))) return;
    if (files.length < min || files.length > max) {
      const source = adjusted?.rules.join(',') ?? 'attachments';
      for (const issue of checkSlotCount(files, { min, max, label: slot.label }, path, locale)) add({ ...issue, source });
    }
    const dims = slot.image;
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      if (typeof file !== 'object' || file === null) continue;
      const badType = !accepted.has(file.type);
      const badSize = typeof file.size === 'number' && exceedsSizeLimit(file.size, slot);
      const badDims =
        dims !== undefined &&
        typeof file.width === 'number' &&
        typeof file.height === 'number' &&
        ((dims.minWidth !== undefined && file.width < dims.minWidth) ||
          (dims.minHeight !== undefined && file.height < dims.minHeight) ||
          (dims.maxWidth !== undefined && file.width > dims.maxWidth) ||
          (dims.maxHeight !== undefined && file.height > dims.maxHeight));
      if (!badType && !badSize && !badDims) continue;
      const at = `${path}/${i}`;
      const base = { label: localize(slot.label, locale), name: file.name, accept };
      if (badType) add({ path: at, code: 'attachment-type', params: { ...base, type: file.type }, source: 'attachments', message: issueMessage('attachment-type', locale, base) });
      if (badDims) {
        const params = { ...base, width: file.width, height: file.height, ...dims };
        add({ path: at, code: 'attachment-dimensions', params, source: 'attachments', message: issueMessage('attachment-dimensions', locale, params) });
      }
      if (badSize) {
        const params = { ...base, size: file.size, limit: slot.maxBytes, limitKb: Math.floor(slot.maxBytes / 1024), sizeText: formatSize(file.size as number, 'up'), limitText: sizeLimitText(slot, locale) };
        add({ path: at, code: 'attachment-size', params, source: 'attachments', message: issueMessage('attachment-size', locale, params) });
      }
    }
  };
  const rootFiles = getAt(data, '/attachments') as Record<string, unknown> | undefined;
  for (const { slot, template, ancestors, accept, accepted } of plan.slots) {
    if (slot.group === undefined) {
      const hidden = hiddenSet.size > 0 && ancestors.some((a) => hiddenSet.has(a));
      const refs = typeof rootFiles === 'object' && rootFiles !== null && Object.prototype.hasOwnProperty.call(rootFiles, slot.id) ? rootFiles[slot.id] : undefined;
      checkSlot(slot, template, refs, hidden, accept, accepted);
      continue;
    }
    const items = getAt(data, slot.group);
    if (!Array.isArray(items)) continue;
    const mayHide = hiddenSet.size > 0 && anyHiddenUnder(slot.group);
    for (let i = 0; i < items.length; i++) {
      const path = `${slot.group}/${i}/attachments/${slot.id}`;
      const item = items[i] as { attachments?: Record<string, unknown> } | null;
      const files = typeof item === 'object' && item !== null && typeof item.attachments === 'object' && item.attachments !== null && Object.prototype.hasOwnProperty.call(item.attachments, slot.id) ? item.attachments[slot.id] : undefined;
      checkSlot(slot, path, files, mayHide && isHidden(path), accept, accepted);
    }
  }

  // 5. Computed values must match what the declaration states, where it states one.
  for (const [path, value] of Object.entries(computed)) {
    const stated = getAt(data, path);
    if (stated !== undefined && JSON.stringify(stated) !== JSON.stringify(value) && !issuePaths.has(path)) {
      const params = { label: form.label(path, locale), expected: value, actual: stated };
      add({ path, code: 'computed-mismatch', params, source: computedBy.get(path)!, message: issueMessage('computed-mismatch', locale, params) });
    }
  }

  // 6. Field visibility and requiredness maps: made on first read (a server or the CLI reads only the issues).
  let maps: { visible: Record<string, boolean>; required: Record<string, boolean> } | undefined;
  const makeMaps = () => {
    if (maps) return maps;
    const visible: Record<string, boolean> = {};
    const requiredOut: Record<string, boolean> = {};
    for (const field of plan.fields) {
      for (const pointer of expandTemplate(field.pointer, data)) {
        const v = !isHidden(pointer);
        visible[pointer] = v;
        requiredOut[pointer] = v && (field.required || required.has(pointer));
      }
    }
    for (const pointer of required.keys()) if (!(pointer in requiredOut) && !pointer.includes('/attachments/')) requiredOut[pointer] = !isHidden(pointer);
    return (maps = { visible, required: requiredOut });
  };
  const evaluation = { issues, computed, complete: issues.length === 0 } as Evaluation;
  let attachments: Record<string, SlotState> | undefined;
  Object.defineProperty(evaluation, 'attachments', { enumerable: true, configurable: true, get: () => (attachments ??= Object.fromEntries(slotStates)) });
  Object.defineProperty(evaluation, 'visible', { enumerable: true, configurable: true, get: () => makeMaps().visible });
  Object.defineProperty(evaluation, 'required', { enumerable: true, configurable: true, get: () => makeMaps().required });
  return evaluation;
}

/** Every instance path of a slot in this data (one per group item for grouped slots). */
function slotInstances(form: CompiledForm, slotId: string, data: unknown): string[] {
  const slot = form.slots.get(slotId);
  if (!slot) return [];
  if (slot.group === undefined) return [slotPath(slot)];
  return expandTemplate(slotPath(slot), data);
}
