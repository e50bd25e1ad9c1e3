/**
 * The reference semantics of a pack: json-rules-engine itself, engines built once per pack (one for
 * whole-declaration rules, one per `forEach` array). Used by the differential test and by
 * `shenbao rules test --engine reference`; the browser entry of `@shenbao/rules` never imports it.
 * The engine records results as their promises settle; they are put back in priority, then pack
 * order, the order the compiled runtime gives (the engine's own order is a scheduling detail).
 */
import { Engine } from 'json-rules-engine';
import type { Engine as EngineType, RuleProperties } from 'json-rules-engine';
import { getAt } from '@shenbao/core';
import { countItems } from '../count.js';
import { customOperators } from '../operators/index.js';
import type { PackRule, ResolvedPack } from '../pack-types.js';
import type { FiredRule, PackRuntime, RuleEngine } from '../pack-runtime.js';

/** JSON Pointer paths for json-rules-engine's `path` (instead of its default JSONPath). */
function pointerResolver(value: unknown, path: string): unknown {
  return getAt(value, path);
}

/**
 * json-rules-engine keeps one run status on the engine object and skips a rule when the status is
 * not RUNNING; a run that finishes first sets FINISHED and would cut short a run still in progress
 * on the same engine. shenbao gives no rule a priority, so an engine has one priority set whose rules
 * all start in one synchronous `evaluateRules` call: marking the engine RUNNING right there makes
 * overlapping runs independent (each has its own almanac). `evaluate.test.ts` overlaps runs to keep
 * this honest.
 */
function makeReentrant(engine: EngineType): EngineType {
  const inner = engine as unknown as { evaluateRules?: (...args: unknown[]) => unknown; status: unknown };
  const original = inner.evaluateRules;
  if (typeof original !== 'function') throw new Error('json-rules-engine 的 Engine 没有 evaluateRules：版本不受支持');
  inner.evaluateRules = function (this: unknown, ...args: unknown[]) {
    inner.status = 'RUNNING';
    return original.apply(this, args);
  };
  return engine;
}

function buildEngine(rules: PackRule[]): EngineType {
  const engine = makeReentrant(new Engine([], { allowUndefinedFacts: true, pathResolver: pointerResolver }));
  for (const op of customOperators) {
    engine.addOperator(op.name, (a: unknown, b: unknown) => op.evaluate(a, b));
  }
  engine.addFact('count', async (params: Record<string, any>, almanac) => {
    const data = await almanac.factValue('data');
    return countItems(data, String(params.path), params.where as Record<string, unknown> | undefined);
  });
  for (const rule of rules) {
    // The engine emits each event's type as a Node-style event; a type named `error` would be thrown
    // as an unhandled 'error' event. The engine gets a neutral event; the effect stays with the rule.
    const properties: Record<string, unknown> = { name: rule.id, conditions: rule.conditions, event: { type: 'shenbao-rule-fired' } };
    if (rule.priority !== undefined) properties.priority = rule.priority;
    engine.addRule(properties as unknown as RuleProperties);
  }
  return engine;
}

/** Builds the json-rules-engine engines of a resolved pack. Throws when json-rules-engine refuses a rule. */
export function createReferenceRuntime(pack: ResolvedPack): PackRuntime {
  const byId = new Map(pack.rules.map((r) => [r.id, r]));
  const priorityOf = (r: PackRule) => Number.parseInt(String(r.priority ?? 1), 10) || 1;
  const order = new Map(pack.rules.map((r, i) => [r.id, i]));
  const sortKey = (r: PackRule) => [-priorityOf(r), order.get(r.id)!] as const;
  const whole = pack.rules.filter((r) => r.forEach === undefined);
  const perArray = new Map<string, PackRule[]>();
  for (const rule of pack.rules) {
    if (rule.forEach !== undefined) perArray.set(rule.forEach, [...(perArray.get(rule.forEach) ?? []), rule]);
  }
  const wholeEngine = whole.length ? buildEngine(whole) : undefined;
  const eachEngines = [...perArray].map(([path, rules]) => ({ path, engine: buildEngine(rules) }));
  const paramValues = Object.fromEntries(Object.entries(pack.params).map(([k, p]) => [k, p.value]));

  return {
    pack,
    paramValues,
    async run(facts) {
      const data = facts.data;
      const context = facts.context ?? {};
      const params = facts.params;
      // Every run has its own almanac, so the whole-form run and the per-item runs go together.
      const runs: ReturnType<EngineType['run']>[] = [];
      const indexes: (number | undefined)[] = [];
      if (wholeEngine) {
        runs.push(wholeEngine.run({ data, context, params }));
        indexes.push(undefined);
      }
      for (const { path, engine } of eachEngines) {
        const items = getAt(data, path);
        if (!Array.isArray(items)) continue;
        for (let index = 0; index < items.length; index++) {
          runs.push(engine.run({ data, context, params, item: items[index] ?? null, index }));
          indexes.push(index);
        }
      }
      const results = await Promise.all(runs);
      const fired: FiredRule[] = [];
      for (let r = 0; r < results.length; r++) {
        const index = indexes[r];
        const rules = results[r]!.results.map((result) => byId.get(String(result.name))!);
        rules.sort((a, b) => {
          const [pa, ia] = sortKey(a);
          const [pb, ib] = sortKey(b);
          return pa - pb || ia - ib;
        });
        for (const rule of rules) fired.push(index === undefined ? { rule, effect: rule.event } : { rule, effect: rule.event, index });
      }
      return fired;
    },
  };
}

const referenceRuntimes = new WeakMap<ResolvedPack, PackRuntime>();

/** The json-rules-engine runtime of a pack, built once per pack object. */
function referenceRuntimeOf(pack: ResolvedPack): PackRuntime {
  let runtime = referenceRuntimes.get(pack);
  if (!runtime) referenceRuntimes.set(pack, (runtime = createReferenceRuntime(pack)));
  return runtime;
}

/** json-rules-engine as a {@link RuleEngine}: pass as `evaluate(..., { engine: referenceEngine })`. */
export const referenceEngine: RuleEngine = {
  name: 'reference',
  paramValues: (pack) => referenceRuntimeOf(pack).paramValues,
  run: (pack, facts) => referenceRuntimeOf(pack).run(facts),
};
