/**
 * `evaluate(definition, pack, data, context)`: the one verdict on a declaration, the same in a
 * browser and on a server. A pipeline of named phases:
 *   1. prepare     — sanitize data and context, compile the form (cached), the pack's plan;
 *   2. fire        — run the pack (compiled closures; json-rules-engine via `options.engine`);
 *   3. effects     — each fired rule's effect from the effect registry (`effects/`);
 *   4. visibility  — hidden / not-applicable roots (COMMON-9);
 *   5. shape       — ajv's issues, except under hidden fields;
 *   6. required    — rule- and schema-required fields that are not filled in (blank text is empty, COMMON-8);
 *   7. attachments — slot counts and recorded files, checked by core's attachment module;
 *   8. computed    — `set` values must match what the declaration states;
 *   9. result      — issues, `complete`, lazily built `visible`/`required`/`attachments` maps, and the
 *                    `declaration` as it will be stored (without hidden values).
 */
import {
  compileForm,
  createDictionaryRegistry,
  getAt,
  isBlankText,
  isEmptyValue,
  createIssue,
  sanitizeInput,
  type CompiledForm,
  type DictionaryRegistry,
  type FormDefinition,
  type InputLimits,
  type Issue,
  type Locale,
} from '@shenbao/core';
import { checkAttachments, slotMap, type SlotState, type SlotStates } from './attachment-checks.js';
import { withDefaults } from './context-defaults.js';
import { declarationOf } from './declaration.js';
import { effects } from './effects/index.js';
import { eachInstance, eachPointer, planOf, type PlanField } from './evaluation-plan.js';
import { addIssue, addPackError, type EvaluationRun } from './evaluation-run.js';
import { compiledEngine, type FiredRule, type RuleEngine } from './pack-runtime.js';
import type { ResolvedPack } from './pack-types.js';
import { visibilityOf, type Visibility } from './visibility.js';

export type { SlotState } from './attachment-checks.js';

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
  /** The declaration as it will be stored: the sanitized data without hidden / not-applicable values (COMMON-9). */
  declaration: unknown;
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
  /** The rule engine (default: the compiled runtime; `referenceEngine` from `@shenbao/rules/reference` runs json-rules-engine). */
  engine?: RuleEngine;
}

let builtinRegistry: DictionaryRegistry | undefined;

function refused(issues: Issue[]): Evaluation {
  return { issues, visible: {}, required: {}, attachments: {}, computed: {}, declaration: undefined, complete: false };
}

/** Evaluates a declaration against a form definition and a resolved rule pack. Never throws. */
export async function evaluate(
  definition: FormDefinition,
  pack: ResolvedPack,
  data: unknown,
  context: unknown = {},
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  return evaluateWith(definition, pack, data, context, options);
}

/** How an evaluation gets its shape issues and fired rules (the scoped evaluator's hooks: evaluator.ts). */
export interface EvaluationHooks {
  /** The shape issues of the prepared data. */
  shape(run: EvaluationRun): Issue[];
  /** The fired rules; may throw (a `pack-error`). */
  fire(run: EvaluationRun): FiredRule[];
  /** The input was refused or the evaluation failed: forget what was kept. */
  reset(): void;
  /** The visible and required maps (built on first read by `build`); may hand back an earlier evaluation's equal maps. */
  maps?(run: EvaluationRun, visibility: Visibility, build: () => FieldMapsOf): () => FieldMapsOf;
}

/** The visible and required maps of an evaluation. */
export interface FieldMapsOf {
  visible: Record<string, boolean>;
  required: Record<string, boolean>;
}

/** {@link evaluate}, with the shape and firing phases from `hooks` when given. Never throws. */
export async function evaluateWith(
  definition: FormDefinition,
  pack: ResolvedPack,
  data: unknown,
  context: unknown = {},
  options: EvaluateOptions = {},
  hooks?: EvaluationHooks,
): Promise<Evaluation> {
  const locale = options.locale ?? 'zh-CN';
  try {
    const run = prepare(definition, pack, data, context, options, locale);
    if (!('plan' in run)) {
      hooks?.reset();
      return refused(run.issues);
    }
    const shapeIssues = hooks ? hooks.shape(run) : run.form.validateShape(run.data, locale);
    const fired = hooks ? fireWith(run, hooks) : await fire(run, options.engine ?? compiledEngine);
    applyEffects(run, fired);
    const visibility = visibilityOf(run);
    for (const issue of shapeIssues) if (!visibility.isHidden(issue.path)) addIssue(run, issue);
    checkRequired(run, visibility);
    const slots = checkAttachments(run, visibility);
    checkComputed(run);
    return result(run, visibility, slots, hooks?.maps?.(run, visibility, () => fieldMaps(run, visibility)));
  } catch (error) {
    hooks?.reset();
    const params = { detail: error instanceof Error ? error.message : String(error) };
    return refused([createIssue('pack-error', params, '', 'engine', locale)]);
  }
}

/** Phase 1: sanitized inputs, the compiled form and the plan; or the issues that refuse the input. */
function prepare(
  definition: FormDefinition,
  pack: ResolvedPack,
  rawData: unknown,
  rawContext: unknown,
  options: EvaluateOptions,
  locale: Locale,
): EvaluationRun | { issues: Issue[] } {
  const input = sanitizeInput(rawData, locale, options.limits);
  const ctx = sanitizeInput(rawContext ?? {}, locale, options.limits);
  const issues: Issue[] = input.issues.length + ctx.issues.length === 0 ? [] : [...input.issues, ...ctx.issues.map((i) => ({ ...i, path: `#context${i.path}` }))];
  if (input.refused || ctx.refused) return { issues };
  if (pack.form !== definition.id) {
    addPackError({ issues, issuePaths: new Set(), locale }, `规则包属于表单 ${pack.form}，不是 ${definition.id}`, 'engine');
    return { issues };
  }
  const dictionaries = options.dictionaries ?? (builtinRegistry ??= createDictionaryRegistry());
  const form = options.compiled ?? compileForm(definition, { dictionaries });
  return {
    locale,
    form,
    pack,
    plan: planOf(pack, form),
    data: input.value ?? {},
    context: withDefaults(definition, ctx.value),
    paramValues: {},
    issues,
    issuePaths: issues.length === 0 ? new Set() : new Set(issues.map((i) => i.path)),
    shown: new Map(),
    hiddenBy: new Map(),
    required: new Map(),
    slotRules: new Map(),
    computed: {},
    computedBy: new Map(),
  };
}

/** Phase 2: the rules that fire; a pack the engine cannot run becomes a `pack-error` issue. */
async function fire(run: EvaluationRun, engine: RuleEngine): Promise<FiredRule[]> {
  try {
    run.paramValues = engine.paramValues(run.pack);
    return await engine.run(run.pack, { data: run.data, context: run.context, params: run.paramValues });
  } catch (error) {
    addPackError(run, error instanceof Error ? error.message : String(error), 'engine');
    return [];
  }
}

/** Phase 2 through the hooks. */
function fireWith(run: EvaluationRun, hooks: EvaluationHooks): FiredRule[] {
  try {
    run.paramValues = compiledEngine.paramValues(run.pack);
    return hooks.fire(run);
  } catch (error) {
    hooks.reset();
    addPackError(run, error instanceof Error ? error.message : String(error), 'engine');
    return [];
  }
}

/** Phase 3: each fired rule's effect, from the effect registry. */
function applyEffects(run: EvaluationRun, fired: FiredRule[]): void {
  for (const f of fired) {
    const effect = effects.get(f.effect.type);
    if (!effect) addPackError(run, `未知的效果类型 ${String(f.effect.type)}`, f.rule.id);
    else effect.apply(run, f as never);
  }
}

/** Phase 6: visible required fields not filled in — rule-required (any empty value) and schema-required texts that are blank. */
function checkRequired(run: EvaluationRun, visibility: Visibility): void {
  for (const [pointer, ruleId] of run.required) {
    if (visibility.isHidden(pointer) || pointer.includes('/attachments/')) continue;
    if (isEmptyValue(getAt(run.data, pointer)) && !run.issuePaths.has(pointer)) missing(run, pointer, ruleId);
  }
  // ajv's `required` only asks for the key: a text of spaces, NUL or zero-width characters passes it.
  const blank = { run, visibility };
  for (const field of run.plan.fields) if (field.required) eachInstance(field, run.data, blankRequired, blank);
}

function missing(run: EvaluationRun, pointer: string, source: string): void {
  const params = { label: run.form.label(pointer, run.locale) };
  addIssue(run, createIssue('required', params, pointer, source, run.locale));
}

function blankRequired(pointer: string, value: unknown, _field: PlanField, { run, visibility }: { run: EvaluationRun; visibility: Visibility }): void {
  if (typeof value === 'string' && isBlankText(value) && !run.issuePaths.has(pointer) && !visibility.isHidden(pointer)) missing(run, pointer, 'schema');
}

/** Phase 8: computed values must match what the declaration states, where it states one. */
function checkComputed(run: EvaluationRun): void {
  for (const [path, value] of Object.entries(run.computed)) {
    const stated = getAt(run.data, path);
    if (stated !== undefined && JSON.stringify(stated) !== JSON.stringify(value) && !run.issuePaths.has(path)) {
      const params = { label: run.form.label(path, run.locale), expected: value, actual: stated };
      addIssue(run, createIssue('computed-mismatch', params, path, run.computedBy.get(path)!, run.locale));
    }
  }
}

interface FieldMaps {
  visible: Record<string, boolean>;
  required: Record<string, boolean>;
  run: EvaluationRun;
  visibility: Visibility;
}

function mapField(pointer: string, field: PlanField, acc: FieldMaps): void {
  const v = !acc.visibility.isHidden(pointer);
  acc.visible[pointer] = v;
  acc.required[pointer] = v && (field.required || acc.run.required.has(pointer));
}

/** What an evaluation builds on first read, and what it is built from. */
interface LazyParts {
  run: EvaluationRun;
  visibility: Visibility;
  slots: SlotStates;
  /** The evaluator's maps hook (may hand back an earlier evaluation's equal maps). */
  mapsOf: (() => FieldMapsOf) | undefined;
  maps: FieldMapsOf | undefined;
  attachments: Record<string, SlotState> | undefined;
  declaration: { value: unknown } | undefined;
}

/** Where an evaluation keeps its {@link LazyParts}: a non-enumerable symbol key (JSON, structured clone and `Object.keys` never see it). */
const lazyKey = Symbol('shenbao.evaluation.lazy');
const lazyOf = (evaluation: object): LazyParts => (evaluation as { [lazyKey]: LazyParts })[lazyKey];

/**
 * The lazily built fields as own enumerable getters (JSON and structured clone still see them).
 * One set of getter functions shared by every evaluation: per-call getter closures gave every
 * result its own hidden class, and those (long-lived) classes kept each evaluation's data alive
 * past the young-generation collections — a batch spent a fifth of its time copying them.
 */
const lazyFields: PropertyDescriptorMap = {
  attachments: {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const lazy = lazyOf(this);
      return (lazy.attachments ??= slotMap(lazy.slots));
    },
  },
  visible: {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const lazy = lazyOf(this);
      return (lazy.maps ??= lazy.mapsOf ? lazy.mapsOf() : fieldMaps(lazy.run, lazy.visibility)).visible;
    },
  },
  required: {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const lazy = lazyOf(this);
      return (lazy.maps ??= lazy.mapsOf ? lazy.mapsOf() : fieldMaps(lazy.run, lazy.visibility)).required;
    },
  },
  declaration: {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const lazy = lazyOf(this);
      return (lazy.declaration ??= { value: declarationOf(lazy.run.data, lazy.visibility.roots) }).value;
    },
  },
};

/** Phase 9: the evaluation; the field maps, slot map and declaration are built on first read. */
function result(run: EvaluationRun, visibility: Visibility, slots: SlotStates, mapsOf?: () => FieldMapsOf): Evaluation {
  const evaluation = { issues: run.issues, computed: run.computed, complete: run.issues.length === 0 };
  Object.defineProperties(evaluation, lazyFields);
  const lazy: LazyParts = { run, visibility, slots, mapsOf, maps: undefined, attachments: undefined, declaration: undefined };
  Object.defineProperty(evaluation, lazyKey, { value: lazy });
  return evaluation as Evaluation;
}

/** The visible and required maps of every concrete field pointer. */
function fieldMaps(run: EvaluationRun, visibility: Visibility): FieldMaps {
  const acc: FieldMaps = { visible: {}, required: {}, run, visibility };
  for (const field of run.plan.fields) eachPointer(field, run.data, mapField, acc);
  const { required } = acc;
  for (const pointer of run.required.keys()) if (!(pointer in required) && !pointer.includes('/attachments/')) required[pointer] = !visibility.isHidden(pointer);
  return acc;
}
