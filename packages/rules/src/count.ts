/**
 * Counting array items, optionally filtered (`where: {"/role": "guidance"}`): the `count` fact of
 * conditions and the `count` expression of `set` effects.
 */
import { getAt } from '@shenbao/core';

/** Counts the items of the array at `path` whose values at each `where` pointer equal the given value. */
export function countItems(data: unknown, path: string, where?: Record<string, unknown>): number {
  const list = getAt(data, path);
  if (!Array.isArray(list)) return 0;
  if (!where) return list.length;
  const tests = Object.entries(where);
  return list.filter((item) => tests.every(([pointer, value]) => getAt(item, pointer) === value)).length;
}
