/**
 * Writes a rule pack the way the hand-written files look — keys in a stable order, two-space indent,
 * short objects on one line, a trailing newline — and, when the file's previous text is given, keeps
 * the previous text of every part that did not change, so the git diff shows only the change.
 */
import { parseTree, type Node } from 'jsonc-parser';

/** The key order of each kind of object in a pack; keys not listed follow in their own order. */
const keyOrders: readonly (readonly string[])[] = [
  ['$schema', 'form', 'year', 'extends', 'description', 'params', 'remove', 'rules'],
  ['id', 'description', 'forEach', 'conditions', 'event'],
  ['value', 'description'],
  ['type', 'params'],
  ['fact', 'path', 'params', 'operator', 'value'],
  ['path', 'code', 'message', 'fields', 'slots', 'slot', 'min', 'max', 'value', 'where'],
  ['zh-CN', 'en'],
];

/** Widest line the formatter puts an object or array on. */
export const lineWidth = 120;

function orderKeys(keys: string[]): string[] {
  const order = keyOrders.find((o) => keys.every((k) => o.includes(k) || k.startsWith('$')) && keys.some((k) => o.includes(k)));
  if (!order) return keys;
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value as string, valueOf(p.children![1]!)]));
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** The one-line form of a value. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(inline).join(', ')}]` : '[]';
  if (isObject(value)) {
    const keys = orderKeys(Object.keys(value).filter((k) => value[k] !== undefined));
    return keys.length ? `{ ${keys.map((k) => `${JSON.stringify(k)}: ${inline(value[k])}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function childOf(node: Node | undefined, key: string | number, value: unknown): Node | undefined {
  if (!node) return undefined;
  if (node.type === 'object' && typeof key === 'string') return node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
  if (node.type === 'array' && typeof key === 'number') {
    // Rules (objects with an id) are matched by id, so a rule keeps its text when others move.
    if (isObject(value) && typeof value.id === 'string') return node.children?.find((c) => c.type === 'object' && (valueOf(c) as { id?: unknown }).id === value.id);
    return node.children?.[key];
  }
  return undefined;
}

function print(value: unknown, indent: string, used: number, previous: Node | undefined, text: string | undefined): string {
  if (previous && text !== undefined && equal(value, valueOf(previous))) return text.slice(previous.offset, previous.offset + previous.length);
  const flat = inline(value);
  const composite = Array.isArray(value) || isObject(value);
  if (!composite || used + flat.length <= lineWidth) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v, i) => inner + print(v, inner, inner.length, childOf(previous, i, v), text)).join(',\n')}\n${indent}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = orderKeys(Object.keys(object).filter((k) => object[k] !== undefined));
  if (!keys.length) return '{}';
  const lines = keys.map((k) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + print(object[k], inner, head.length, childOf(previous, k, object[k]), text);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * Formats a pack (or any JSON value) for writing; `previousText` is the file as it was, whose
 * unchanged parts are kept character for character.
 */
export function formatPack(value: unknown, previousText?: string): string {
  const tree = previousText === undefined ? undefined : parseTree(previousText);
  return print(value, '', 0, tree, previousText) + '\n';
}
