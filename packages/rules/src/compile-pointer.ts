/**
 * JSON Pointers compiled once into getters: the tokens are split and classified when the pack is
 * compiled, so a run only walks. Reads exactly what core's `getAt` reads (own properties, array
 * indexes without leading zeros); unusual pointers fall back to `getAt` itself.
 */
import { getAt } from '@shenbao/core';

/** Reads one value out of a JSON value. */
export type Getter = (root: unknown) => unknown;

const INDEX = /^(0|[1-9]\d*)$/;

function stepper(token: string): Getter {
  const index = INDEX.test(token) ? Number(token) : -1;
  return (node) => {
    if (typeof node !== 'object' || node === null) return undefined;
    if (Array.isArray(node)) return index === -1 ? undefined : node[index];
    return Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
  };
}

/** Compiles a JSON Pointer into a getter equal to `getAt(root, pointer)`. */
export function compilePointer(pointer: string): Getter {
  if (pointer === '') return (root) => root;
  if (typeof pointer !== 'string' || pointer.charCodeAt(0) !== 47 || pointer.includes('~')) return (root) => getAt(root, pointer);
  const steps = pointer.slice(1).split('/').map(stepper);
  if (steps.length === 1) return steps[0]!;
  if (steps.length === 2) {
    const [a, b] = steps as [Getter, Getter];
    return (root) => {
      const x = a(root);
      return x === undefined ? undefined : b(x);
    };
  }
  return (root) => {
    let node = root;
    for (let i = 0; i < steps.length && node !== undefined; i++) node = steps[i]!(node);
    return node;
  };
}
