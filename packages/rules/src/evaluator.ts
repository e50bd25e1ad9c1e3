/**
 * A scoped evaluator: `createEvaluator(definition, pack)` keeps what the last evaluation worked
 * out — each rule's outcome and the shape issues by top-level property — and
 * `evaluator.update(data, changedPointers)` tests again only the rules whose conditions read a
 * changed pointer (`compiledPackOf(pack).reads`) and validates only the top-level properties the
 * changes are under. The result equals `evaluate()` of the same input (evaluator.property.test.ts).
 * The visible and required maps are those of the previous evaluation (the same objects: read them,
 * never write) while what they depend on is unchanged: the hidden roots, the rule-required pointers
 * and the concrete pointers of list fields. The other phases (effects, visibility, required,
 * attachments, computed) run in full.
 */
import { parsePointer, type FormDefinition, type Issue, type ShapeParts } from '@shenbao/core';
import { compiledPackOf, type RuleMemo } from './compile-pack.js';
import { evaluateWith, type EvaluateOptions, type Evaluation, type EvaluationHooks, type FieldMapsOf } from './evaluate.js';
import { eachPointer } from './evaluation-plan.js';
import type { EvaluationRun } from './evaluation-run.js';
import type { PackRule, ResolvedPack } from './pack-types.js';

/** Evaluations of one form and pack, scoped to what changed. */
export interface Evaluator {
  /** A whole evaluation (as `evaluate()`); keeps what the next {@link Evaluator.update} needs. */
  evaluate(data: unknown, context?: unknown): Promise<Evaluation>;
  /**
   * The evaluation of `data` after changes at `changed` (JSON Pointers) since the last call: equal to
   * `evaluate()`; a whole evaluation when nothing is kept, the context changed or a pointer is `''`.
   */
  update(data: unknown, changed: Iterable<string>, context?: unknown): Promise<Evaluation>;
}

/** Whether a changed pointer and a read pointer (`*` = any item) overlap: one is a prefix of the other. */
function overlaps(changed: readonly string[], read: readonly string[]): boolean {
  const n = Math.min(changed.length, read.length);
  for (let i = 0; i < n; i++) if (read[i] !== '*' && read[i] !== changed[i]) return false;
  return true;
}

/** Creates a scoped evaluator of `definition` and `pack` (options as `evaluate()`; `engine` other than the compiled one: every call is whole). */
export function createEvaluator(definition: FormDefinition, pack: ResolvedPack, options: EvaluateOptions = {}): Evaluator {
  const memo: RuleMemo = new Map();
  let parts: ShapeParts | undefined;
  let kept = false;
  let contextKey = '';
  let changedTokens: string[][] | undefined;
  const readsOf = new Map<PackRule, string[][] | 'all'>();
  /** The last evaluation's field maps (built on first read) and what they depend on. */
  let lastMaps: { key: MapsKey; get: () => FieldMapsOf } | undefined;

  /** The pointers a rule's outcome depends on (data pointers; `forEach` items under their list). */
  const readPointers = (rule: PackRule): string[][] | 'all' => {
    let found = readsOf.get(rule);
    if (found) return found;
    const reads = compiledPackOf(pack).reads.get(rule.id);
    if (!reads) found = 'all';
    else {
      const list: string[][] = [];
      for (const [fact, pointers] of Object.entries(reads)) {
        if (fact === 'params' || fact === 'context') continue; // constant while `update` keeps state
        if (fact === 'data') for (const p of pointers) list.push(parsePointer(p));
        else if ((fact === 'item' || fact === 'index') && rule.forEach !== undefined) for (const p of pointers) list.push([...parsePointer(rule.forEach), '*', ...parsePointer(fact === 'index' ? '' : p)]);
        else {
          found = 'all';
          break;
        }
      }
      if (rule.forEach !== undefined && found === undefined) list.push(parsePointer(rule.forEach));
      found ??= list;
    }
    readsOf.set(rule, found);
    return found;
  };

  const stale = (rule: PackRule): boolean => {
    const reads = readPointers(rule);
    if (reads === 'all' || !changedTokens) return true;
    for (const c of changedTokens) for (const r of reads) if (overlaps(c, r)) return true;
    return false;
  };

  const hooks: EvaluationHooks = {
    shape(run: EvaluationRun): Issue[] {
      const data = run.data;
      if (changedTokens && parts && typeof data === 'object' && data !== null && !Array.isArray(data)) {
        if (parts.update(new Set(changedTokens.map((t) => t[0]!)), data)) return parts.issuesShared() as Issue[]; // read once, before the next update
      }
      parts = run.form.shapeParts?.(data, run.locale);
      return parts ? parts.issues() : run.form.validateShape(data, run.locale);
    },
    fire(run: EvaluationRun): FiredRule[] {
      const fired = compiledPackOf(run.pack).runScoped({ data: run.data, context: run.context, params: run.paramValues }, memo, kept ? stale : undefined);
      kept = true;
      return fired;
    },
    maps(run, visibility, build) {
      const key = mapsKey(run, visibility.roots);
      if (lastMaps && sameKey(lastMaps.key, key)) return lastMaps.get;
      let built: FieldMapsOf | undefined;
      const get = () => (built ??= build());
      lastMaps = { key, get };
      return get;
    },
    reset() {
      lastMaps = undefined;
      memo.clear();
      parts = undefined;
      kept = false;
    },
  };

  const whole = options.engine !== undefined && options.engine.name !== 'compiled';
  const run = (data: unknown, context: unknown, changed: string[][] | undefined): Promise<Evaluation> => {
    if (whole) return evaluateWith(definition, pack, data, context, options);
    const key = JSON.stringify(context ?? {});
    if (key !== contextKey || changed?.some((t) => t.length === 0)) changed = undefined;
    if (!changed) hooks.reset();
    contextKey = key;
    changedTokens = changed;
    return evaluateWith(definition, pack, data, context, options, hooks).finally(() => (changedTokens = undefined));
  };

  return {
    evaluate: (data, context = {}) => run(data, context, undefined),
    update: (data, changed, context = {}) => run(data, context, [...changed].map((p) => parsePointer(p))),
  };
}

/** What an evaluation's visible and required maps depend on. */
interface MapsKey {
  roots: ReadonlySet<string>;
  required: ReadonlySet<string>;
  /** The concrete pointers of the fields under lists (or other templates), joined. */
  listed: string;
}

function addPointer(pointer: string, _field: unknown, out: string[]): void {
  out.push(pointer);
}

function mapsKey(run: EvaluationRun, roots: ReadonlySet<string>): MapsKey {
  const listed: string[] = [];
  for (const field of run.plan.fields) if (!field.get) eachPointer(field, run.data, addPointer, listed);
  return { roots: new Set(roots), required: new Set(run.required.keys()), listed: listed.join('\u0000') };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

function sameKey(a: MapsKey, b: MapsKey): boolean {
  return a.listed === b.listed && sameSet(a.roots, b.roots) && sameSet(a.required, b.required);
}

type FiredRule = ReturnType<ReturnType<typeof compiledPackOf>['run']>[number];
