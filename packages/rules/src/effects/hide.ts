/** `hide`: the targets are hidden: never required, never an issue, never submitted (COMMON-9). */
import type { EffectDefinition } from './effect-definition.js';
import { targets } from './targets.js';

/** The `hide` effect. */
export const hide: EffectDefinition<'hide'> = {
  type: 'hide',
  apply(run, fired) {
    for (const t of targets(run, fired, fired.effect.params.fields, fired.effect.params.slots)) run.hiddenBy.set(t, fired.rule.id);
  },
};
