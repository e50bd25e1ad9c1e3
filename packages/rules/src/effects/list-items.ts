/**
 * Shared by the rules across list items (`distinct`, `disjoint`): the items of a list that match a
 * filter, with their key and their place in the list and in their group, and the issue naming both.
 */
import { fillTemplate, getAt, localize } from '@shenbao/core';
import { matchesWhere } from '../count.js';
import { addIssue, type EvaluationRun } from '../evaluation-run.js';
import type { FiredRule } from '../pack-runtime.js';
import type { ListKeyParams } from '../pack-types.js';

/** One item of a group: its list index, its 1-based place in the group and its normalized key. */
export interface KeyedItem {
  at: number;
  rank: number;
  key: string;
}

/** The key of an item as compared: a trimmed, upper-cased text (ID numbers end in x or X), or undefined when blank. */
function keyOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = value.trim().toUpperCase();
    return text === '' ? undefined : text;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The items of `list` matching `where`, in list order, with their keys (items with a blank key keep their rank but are left out). */
export function keyedItems(data: unknown, list: string, key: string, where: Record<string, unknown> | undefined): KeyedItem[] {
  const items = getAt(data, list);
  if (!Array.isArray(items)) return [];
  const out: KeyedItem[] = [];
  let rank = 0;
  for (let at = 0; at < items.length; at++) {
    const item: unknown = items[at];
    if (!matchesWhere(item, where)) continue;
    rank++;
    const k = keyOf(getAt(item, key));
    if (k !== undefined) out.push({ at, rank, key: k });
  }
  return out;
}

/** Adds the issue of `item` repeating `other`, at the item's key. */
export function addItemIssue(run: EvaluationRun, fired: FiredRule, params: ListKeyParams, item: KeyedItem, other: KeyedItem): void {
  const path = `${params.list}/${item.at}${params.key}`;
  const values: Record<string, unknown> = { ...run.paramValues, label: run.form.label(path, run.locale), index: item.rank, otherIndex: other.rank, item: item.at + 1, otherItem: other.at + 1 };
  addIssue(run, { path, code: params.code, params: values, source: fired.rule.id, message: fillTemplate(localize(params.message, run.locale), values) });
}
