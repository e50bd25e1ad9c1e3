/**
 * Builds the json-rules-engine engines of a resolved pack once (one for whole-declaration rules,
 * one per `forEach` array) and runs them, returning which rule fired for which item.
 */
import { Engine } from 'json-rules-engine';
import type { Engine as EngineType, RuleProperties } from 'json-rules-engine';
import { getAt } from '@shenbao/core';
import { countItems } from './count.js';
import { customOperators } from './operators/index.js';
import type { Effect, PackRule, ResolvedPack } from './pack-types.js';

/** One fired rule: its id, effect, and the item index for `forEach` rules. */
export interface FiredRule {
  rule: PackRule;
  effect: Effect;
  index?: number;
}

/** The facts of one run. */
export interface RunFacts {
  data: unknown;
  context: unknown;
  params: Record<string, unknown>;
}

/** A pack ready to run. */
export interface PackRuntime {
  pack: ResolvedPack;
  /** Param values by name, as the `params` fact. */
  paramValues: Record<string, unknown>;
  run(facts: RunFacts): Promise<FiredRule[]>;
}

/** JSON Pointer paths for json-rules-engine's `path` (instead of its default JSONPath). */
function pointerResolver(value: unknown, path: string): unknown {
  return getAt(value, path);
}

/**
 * A serialising wrapper: json-rules-engine keeps a run status on the engine object, so two
 * overlapping runs of one engine can cut each other short. Runs of one engine wait their turn.
 */
function serialised(engine: EngineType): (facts: Record<string, unknown>) => ReturnType<EngineType['run']> {
  let queue: Promise<unknown> = Promise.resolve();
  return (facts) => {
    const next = queue.then(() => engine.run(facts));
    queue = next.catch(() => undefined);
    return next;
  };
}

function buildEngine(rules: PackRule[]): EngineType {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: pointerResolver });
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
    engine.addRule({ name: rule.id, conditions: rule.conditions, event: { type: 'shenbao-rule-fired' } } as unknown as RuleProperties);
  }
  return engine;
}

/** Builds the engines of a resolved pack. Throws when json-rules-engine refuses a rule. */
export function createPackRuntime(pack: ResolvedPack): PackRuntime {
  const byId = new Map(pack.rules.map((r) => [r.id, r]));
  const whole = pack.rules.filter((r) => r.forEach === undefined);
  const perArray = new Map<string, PackRule[]>();
  for (const rule of pack.rules) {
    if (rule.forEach !== undefined) perArray.set(rule.forEach, [...(perArray.get(rule.forEach) ?? []), rule]);
  }
  const runWhole = whole.length ? serialised(buildEngine(whole)) : undefined;
  const runEach = [...perArray].map(([path, rules]) => ({ path, run: serialised(buildEngine(rules)) }));
  const paramValues = Object.fromEntries(Object.entries(pack.params).map(([k, p]) => [k, p.value]));

  const collect = (results: { name?: unknown; event?: unknown }[], index?: number): FiredRule[] =>
    results.map((r) => {
      const rule = byId.get(String(r.name))!;
      return index === undefined ? { rule, effect: rule.event } : { rule, effect: rule.event, index };
    });

  return {
    pack,
    paramValues,
    async run(facts) {
      const base = { data: facts.data, context: facts.context ?? {}, params: facts.params };
      const fired: FiredRule[] = [];
      if (runWhole) fired.push(...collect((await runWhole(base)).results as never));
      for (const { path, run } of runEach) {
        const items = getAt(facts.data, path);
        if (!Array.isArray(items)) continue;
        for (let index = 0; index < items.length; index++) {
          const result = await run({ ...base, item: items[index] ?? null, index });
          fired.push(...collect(result.results as never, index));
        }
      }
      return fired;
    },
  };
}
