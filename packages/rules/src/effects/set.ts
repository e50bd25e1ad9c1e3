/** `set`: a computed value at a path; two rules computing different values for one path conflict. */
import { addConflict, addPackError } from '../evaluation-run.js';
import { evaluateExpression } from '../expressions.js';
import type { EffectDefinition } from './effect-definition.js';
import { withIndex } from './targets.js';

/** The `set` effect. */
export const set: EffectDefinition<'set'> = {
  type: 'set',
  apply(run, fired) {
    const path = withIndex(fired.effect.params.path, fired.index);
    let value: unknown;
    try {
      value = evaluateExpression(fired.effect.params.value, { data: run.data, context: run.context, params: run.pack.params });
    } catch (e) {
      addPackError(run, `${fired.rule.id}：${(e as Error).message}`, fired.rule.id, path);
      return;
    }
    if (run.computedBy.has(path) && JSON.stringify(run.computed[path]) !== JSON.stringify(value)) addConflict(run, path, [run.computedBy.get(path)!, fired.rule.id]);
    else {
      run.computed[path] = value;
      run.computedBy.set(path, fired.rule.id);
    }
  },
};
