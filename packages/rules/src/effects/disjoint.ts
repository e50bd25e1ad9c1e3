/** `disjoint`: no item of one group (`where`) shares its key with an item of another group (`from`); an issue at the `where` item's key names the other. */
import type { EffectDefinition } from './effect-definition.js';
import { addItemIssue, keyedItems, type KeyedItem } from './list-items.js';

/** The `disjoint` effect. */
export const disjoint: EffectDefinition<'disjoint'> = {
  type: 'disjoint',
  apply(run, fired) {
    const { params } = fired.effect;
    const others = new Map<string, KeyedItem>();
    for (const other of keyedItems(run.data, params.list, params.key, params.from)) if (!others.has(other.key)) others.set(other.key, other);
    for (const item of keyedItems(run.data, params.list, params.key, params.where)) {
      const other = others.get(item.key);
      if (other && other.at !== item.at) addItemIssue(run, fired, params, item, other);
    }
  },
};
