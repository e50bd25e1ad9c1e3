/**
 * The rule engine `evaluate()` runs a pack with: by default the compiled runtime; the
 * json-rules-engine reference (`@shenbao/rules/reference`) plugs in through the same interface.
 */
import { compiledPackOf, type FiredRule, type RunFacts } from './compile-pack.js';
import type { ResolvedPack } from './pack-types.js';

export type { FiredRule, RunFacts } from './compile-pack.js';

/** Something that runs a resolved pack over facts and says which rules fired, in order. */
export interface RuleEngine {
  /** A short name for messages (`compiled`, `reference`). */
  name: string;
  /** Param values by name, as the `params` fact. Throws when the pack cannot be prepared. */
  paramValues(pack: ResolvedPack): Record<string, unknown>;
  /** The fired rules. Throws (or rejects) when a rule cannot be evaluated. */
  run(pack: ResolvedPack, facts: RunFacts): FiredRule[] | Promise<FiredRule[]>;
}

/** A pack ready to run (compatibility shape: `run` resolves to the fired rules). */
export interface PackRuntime {
  pack: ResolvedPack;
  /** Param values by name, as the `params` fact. */
  paramValues: Record<string, unknown>;
  run(facts: RunFacts): Promise<FiredRule[]>;
}

/** The compiled runtime: packs compiled to closures once per pack object. */
export const compiledEngine: RuleEngine = {
  name: 'compiled',
  paramValues: (pack) => compiledPackOf(pack).paramValues,
  run: (pack, facts) => compiledPackOf(pack).run(facts),
};

/** A runtime of a pack on the compiled engine. Throws when a rule cannot be compiled. */
export function createPackRuntime(pack: ResolvedPack): PackRuntime {
  const compiled = compiledPackOf(pack);
  return { pack, paramValues: compiled.paramValues, run: async (facts) => compiled.run(facts) };
}
