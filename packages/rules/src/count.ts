/**
 * Counting array items, optionally filtered (`where: {"/role": "guidance"}`): the `count` fact of
 * conditions and the `count` expression of `set` effects.
 */
import { getAt } from '@shenbao/core';

/** Each filter's entries, listed once per filter object (filters live in packs, which do not change). */
const filters = new WeakMap<object, [string, unknown][]>();

/** Whether an item's value at each `where` pointer equals the given value (no filter: always). */
export function matchesWhere(item: unknown, where: Record<string, unknown> | undefined): boolean {
  if (!where) return true;
  let entries = filters.get(where);
  if (!entries) filters.set(where, (entries = Object.entries(where)));
  for (let i = 0; i < entries.length; i++) if (getAt(item, entries[i]![0]) !== entries[i]![1]) return false;
  return true;
}

/** Counts the items of the array at `path` whose values at each `where` pointer equal the given value. */
export function countItems(data: unknown, path: string, where?: Record<string, unknown>): number {
  const list = getAt(data, path);
  if (!Array.isArray(list)) return 0;
  if (!where) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) if (matchesWhere(list[i], where)) count++;
  return count;
}
