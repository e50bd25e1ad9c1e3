/**
 * The declaration as it will be stored: the data without the values of hidden (not applicable)
 * fields and slots (COMMON-9). One copy-on-write pass over a tree of the hidden pointers: only the
 * objects on a removed value's path are copied (each once), and the data itself is returned when
 * nothing hidden holds a value. An array item named as hidden keeps its place (other pointers
 * count on its index); values under it are removed when they are named.
 */
import { getAt, parsePointer } from '@shenbao/core';

interface Node {
  /** The value here is removed. */
  drop: boolean;
  children: Map<string, Node>;
}

const INDEX = /^(0|[1-9]\d*)$/;

function prune(value: unknown, node: Node): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (const [token, child] of node.children) {
      if (!INDEX.test(token) || Number(token) >= value.length) continue;
      const i = Number(token);
      const next = prune(value[i], child);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const [token, child] of node.children) {
    if (!Object.hasOwn(record, token)) continue;
    if (child.drop) {
      copy ??= copyWithout(record, node);
      continue;
    }
    const next = prune(record[token], child);
    if (next !== record[token]) (copy ??= copyWithout(record, node))[token] = next;
  }
  return copy ?? value;
}

/**
 * A copy of an object without the keys `node` drops, keys in their order. Built key by key: a
 * spread and `delete` turn a large object (a form of a thousand fields) into a slow dictionary.
 */
function copyWithout(record: Record<string, unknown>, node: Node): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (node.children.get(key)?.drop) continue;
    if (key === '__proto__') Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
    else copy[key] = record[key];
  }
  return copy;
}

/** `data` without the values at `hiddenRoots` (pointers); `data` itself when none of them holds a value. */
export function declarationOf(data: unknown, hiddenRoots: Iterable<string>): unknown {
  const tree: Node = { drop: false, children: new Map() };
  let any = false;
  for (const root of hiddenRoots) {
    if (root === '' || getAt(data, root) === undefined) continue;
    any = true;
    let node = tree;
    for (const token of parsePointer(root)) {
      let child = node.children.get(token);
      if (!child) node.children.set(token, (child = { drop: false, children: new Map() }));
      node = child;
    }
    node.drop = true;
  }
  return any ? prune(data, tree) : data;
}
