/**
 * The declaration as it will be stored: the data without the values of hidden (not applicable)
 * fields and slots (COMMON-9). Copy-on-write: only the objects on a removed value's path are copied,
 * and the data itself is returned when nothing is hidden.
 */
import { getAt, parsePointer } from '@shenbao/core';

function without(node: unknown, tokens: string[], i: number): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const token = tokens[i]!;
  const last = i === tokens.length - 1;
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return node;
    if (last) return node; // an array item is kept (its index is part of other paths); its content is cleared by deeper roots
    const copy = node.slice();
    copy[Number(token)] = without(node[Number(token)], tokens, i + 1);
    return copy;
  }
  if (!Object.prototype.hasOwnProperty.call(node, token)) return node;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (key === token && last) continue;
    Object.defineProperty(copy, key, { value: key === token ? without((node as Record<string, unknown>)[key], tokens, i + 1) : (node as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** `data` without the values at `hiddenRoots` (pointers); `data` itself when none of them holds a value. */
export function declarationOf(data: unknown, hiddenRoots: Iterable<string>): unknown {
  let out = data;
  for (const root of hiddenRoots) {
    if (root === '' || getAt(out, root) === undefined) continue;
    out = without(out, parsePointer(root), 0);
  }
  return out;
}
