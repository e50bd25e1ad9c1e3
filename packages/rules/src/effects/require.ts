/** `require`: the target fields must be filled in (unless hidden). */
import type { EffectDefinition } from './effect-definition.js';
import { targets } from './targets.js';

/** The `require` effect. */
export const requireFields: EffectDefinition<'require'> = {
  type: 'require',
  apply(run, fired) {
    for (const t of targets(run, fired, fired.effect.params.fields)) run.required.set(t, fired.rule.id);
  },
};
