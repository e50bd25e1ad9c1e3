/** `attachment`: a slot needs at least `min` (default 1) and at most `max` files; several rules combine to the strictest. */
import { addPackError } from '../evaluation-run.js';
import type { EffectDefinition } from './effect-definition.js';
import { slotTargets } from './targets.js';

/** The `attachment` effect. */
export const attachment: EffectDefinition<'attachment'> = {
  type: 'attachment',
  apply(run, fired) {
    const { params } = fired.effect;
    const slot = run.form.slots.get(params.slot);
    if (!slot) {
      addPackError(run, `附件槽位 ${params.slot} 不存在`, fired.rule.id);
      return;
    }
    const min = params.min ?? Math.max(1, slot.min);
    const max = params.max ?? slot.max;
    for (const at of slotTargets(run, fired, slot.id)) {
      const prev = run.slotRules.get(at);
      run.slotRules.set(at, prev ? { min: Math.max(prev.min, min), max: Math.min(prev.max, max), rules: [...prev.rules, fired.rule.id] } : { min, max, rules: [fired.rule.id] });
    }
  },
};
