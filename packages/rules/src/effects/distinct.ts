/** `distinct`: the items of a list (filtered by `where`) are distinct by a key; each repeat is an issue at its key naming the earlier item. */
import type { EffectDefinition } from './effect-definition.js';
import { addItemIssue, keyedItems, type KeyedItem } from './list-items.js';

/** The `distinct` effect. */
export const distinct: EffectDefinition<'distinct'> = {
  type: 'distinct',
  apply(run, fired) {
    const { params } = fired.effect;
    const first = new Map<string, KeyedItem>();
    for (const item of keyedItems(run.data, params.list, params.key, params.where)) {
      const earlier = first.get(item.key);
      if (earlier) addItemIssue(run, fired, params, item, earlier);
      else first.set(item.key, item);
    }
  },
};
