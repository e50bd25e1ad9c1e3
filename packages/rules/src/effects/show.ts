/** `show`: the targets are visible (targets of any `show` rule are hidden unless one fires). */
import type { EffectDefinition } from './effect-definition.js';
import { targets } from './targets.js';

/** The `show` effect. */
export const show: EffectDefinition<'show'> = {
  type: 'show',
  apply(run, fired) {
    for (const t of targets(run, fired, fired.effect.params.fields, fired.effect.params.slots)) run.shown.set(t, fired.rule.id);
  },
};
