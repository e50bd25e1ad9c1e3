/**
 * A resolved pack compiled once into closures: the runtime of `evaluate()` in the browser, on the
 * server and in the CLI. Whole-declaration rules run first, then each `forEach` array's rules once
 * per item; within a run, rules fire by priority (higher first) and then in pack order. Compiled
 * packs are cached by pack object.
 */
import { getAt } from '@shenbao/core';
import { compileConditions, type Predicate, type Reads, type Scope } from './compile-condition.js';
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

/** What one rule reads: fact (`data`, `context`, `params`, `item`, `index`) → JSON Pointers (`''` = all of it). */
export type RuleReads = Record<string, string[]>;

/** A pack compiled to closures. */
export interface CompiledPack {
  pack: ResolvedPack;
  /** Param values by name, as the `params` fact. */
  paramValues: Record<string, unknown>;
  /** The rules that fire for these facts, in order. Throws when a condition cannot be evaluated. */
  run(facts: RunFacts): FiredRule[];
  /**
   * As `run`, testing again only the rules `stale` names and taking the others' outcomes from
   * `memo` (which every call fills: a whole-declaration rule → fired, a `forEach` rule → the item
   * indexes it fired for). Without `stale`, every rule is tested.
   */
  runScoped(facts: RunFacts, memo: RuleMemo, stale?: (rule: PackRule) => boolean): FiredRule[];
  /** Rule id → what its conditions read (a dependency index: which rules a change can touch). */
  reads: ReadonlyMap<string, RuleReads>;
}

/** The outcomes of a pack's rules in the last run (see `runScoped`). */
export type RuleMemo = Map<PackRule, boolean | Set<number>>;

interface CompiledRule {
  rule: PackRule;
  test: Predicate;
}

/** Orders rules as json-rules-engine runs them: priority sets, highest first; pack order within a set. */
function byPriority(rules: PackRule[]): PackRule[] {
  const priorityOf = (r: PackRule) => Number.parseInt(String(r.priority ?? 1), 10) || 1;
  return rules.map((rule, i) => ({ rule, i, p: priorityOf(rule) })).sort((a, b) => b.p - a.p || a.i - b.i).map((x) => x.rule);
}

const compiledPacks = new WeakMap<ResolvedPack, CompiledPack>();

/** The compiled form of a pack, made on first use and cached by pack object. Throws when a rule cannot be compiled. */
export function compiledPackOf(pack: ResolvedPack): CompiledPack {
  let compiled = compiledPacks.get(pack);
  if (!compiled) compiledPacks.set(pack, (compiled = compilePack(pack)));
  return compiled;
}

/** Compiles a resolved pack into closures (no eval, no `new Function`). Throws when a rule cannot be compiled. */
export function compilePack(pack: ResolvedPack): CompiledPack {
  const reads = new Map<string, RuleReads>();
  const compile = (rule: PackRule): CompiledRule => {
    const seen: Reads = new Map();
    let test: Predicate;
    try {
      test = compileConditions(rule.conditions, seen);
    } catch (error) {
      throw new Error(`规则 ${rule.id}：${error instanceof Error ? error.message : String(error)}`);
    }
    reads.set(rule.id, Object.fromEntries([...seen].map(([fact, pointers]) => [fact, [...pointers]])));
    return { rule, test };
  };
  const whole = byPriority(pack.rules.filter((r) => r.forEach === undefined)).map(compile);
  const perArray = new Map<string, PackRule[]>();
  for (const rule of pack.rules) {
    if (rule.forEach !== undefined) perArray.set(rule.forEach, [...(perArray.get(rule.forEach) ?? []), rule]);
  }
  const each = [...perArray].map(([path, rules]) => ({ path, rules: byPriority(rules).map(compile) }));
  const paramValues = Object.fromEntries(Object.entries(pack.params).map(([k, p]) => [k, p.value]));

  return {
    pack,
    paramValues,
    reads,
    run(facts) {
      const fired: FiredRule[] = [];
      const scope: Scope = { data: facts.data, context: facts.context ?? {}, params: facts.params };
      for (const { rule, test } of whole) if (test(scope)) fired.push({ rule, effect: rule.event });
      for (const { path, rules } of each) {
        const items = getAt(facts.data, path);
        if (!Array.isArray(items)) continue;
        for (let index = 0; index < items.length; index++) {
          const itemScope: Scope = { data: scope.data, context: scope.context, params: scope.params, item: items[index] ?? null, index };
          for (const { rule, test } of rules) if (test(itemScope)) fired.push({ rule, effect: rule.event, index });
        }
      }
      return fired;
    },
    runScoped(facts, memo, stale) {
      const fired: FiredRule[] = [];
      const scope: Scope = { data: facts.data, context: facts.context ?? {}, params: facts.params };
      for (const { rule, test } of whole) {
        let yes = stale && !stale(rule) ? memo.get(rule) : undefined;
        if (typeof yes !== 'boolean') memo.set(rule, (yes = test(scope)));
        if (yes) fired.push({ rule, effect: rule.event });
      }
      for (const { path, rules } of each) {
        const items = getAt(facts.data, path);
        if (!Array.isArray(items)) {
          for (const { rule } of rules) memo.set(rule, new Set());
          continue;
        }
        const kept = rules.map(({ rule }) => {
          const old = stale && !stale(rule) ? memo.get(rule) : undefined;
          if (old instanceof Set) return old;
          const fresh = new Set<number>();
          memo.set(rule, fresh);
          return undefined;
        });
        for (let index = 0; index < items.length; index++) {
          const itemScope: Scope = { data: scope.data, context: scope.context, params: scope.params, item: items[index] ?? null, index };
          rules.forEach(({ rule, test }, r) => {
            const old = kept[r];
            const yes = old ? old.has(index) : test(itemScope);
            if (!old && yes) (memo.get(rule) as Set<number>).add(index);
            if (yes) fired.push({ rule, effect: rule.event, index });
          });
        }
      }
      return fired;
    },
  };
}
