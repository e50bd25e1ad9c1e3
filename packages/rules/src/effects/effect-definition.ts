/**
 * The shape of an effect: what a fired rule does to the evaluation (show, hide, require, adjust an
 * attachment slot, raise an error, compute a value).
 */
import type { EvaluationRun } from '../evaluation-run.js';
import type { FiredRule } from '../pack-runtime.js';
import type { Effect } from '../pack-types.js';

/** A fired rule whose effect is of type `T`. */
export type FiredEffect<T extends Effect['type']> = FiredRule & { effect: Effect & { type: T } };

/** One effect type: its name and how a fired rule of that type changes the run. */
export interface EffectDefinition<T extends Effect['type'] = Effect['type']> {
  type: T;
  apply(run: EvaluationRun, fired: FiredEffect<T>): void;
}
