/**
 * JSON Pointer (RFC 6901) helpers, plus pointer templates where `*` stands for any array index.
 */

/** Splits a JSON Pointer into unescaped tokens; `''` is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 47) throw new SyntaxError(`JSON Pointer must start with "/": ${pointer}`);
  const tokens = pointer.slice(1).split('/');
  if (pointer.indexOf('~') === -1) return tokens; // the common case: nothing to unescape
  return tokens.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one token for use in a JSON Pointer. */
export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON Pointer from tokens. */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** Appends tokens to a pointer. */
export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return base + formatPointer(tokens);
}

function own(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}

/** Reads the value at a pointer; `undefined` when any step is missing (own properties only). */
export function getAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  if (pointer.indexOf('~') !== -1) {
    let node: unknown = root;
    for (const token of parsePointer(pointer)) node = step(node, token);
    return node;
  }
  // The common case, without building a token array.
  let node: unknown = root;
  let start = 1;
  while (node !== undefined) {
    const end = pointer.indexOf('/', start);
    const token = end === -1 ? pointer.slice(start) : pointer.slice(start, end);
    node = step(node, token);
    if (end === -1) return node;
    start = end + 1;
  }
  return undefined;
}

function step(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return /^(0|[1-9]\d*)$/.test(token) ? node[Number(token)] : undefined;
  return own(node, token) ? (node as Record<string, unknown>)[token] : undefined;
}

/**
 * Returns a copy of `root` with `value` at `pointer`, creating objects on the way.
 * The input is not changed; only the nodes on the path are copied.
 */
export function setAt<T>(root: T, pointer: string, value: unknown): T {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value as T;
  const write = (node: unknown, i: number): unknown => {
    const token = tokens[i]!;
    const last = i === tokens.length - 1;
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) {
      const copy = node.slice();
      copy[Number(token)] = last ? value : write(copy[Number(token)], i + 1);
      return copy;
    }
    const base: Record<string, unknown> =
      typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...(node as object) } : {};
    const next = last ? value : write(own(base, token) ? base[token] : undefined, i + 1);
    Object.defineProperty(base, token, { value: next, enumerable: true, writable: true, configurable: true });
    return base;
  };
  return write(root, 0) as T;
}

/** Whether a concrete pointer matches a template (`*` matches one array index token). */
export function matchesTemplate(pointer: string, template: string): boolean {
  const a = parsePointer(pointer);
  const b = parsePointer(template);
  if (a.length !== b.length) return false;
  return b.every((t, i) => t === a[i] || (t === '*' && /^(0|[1-9]\d*)$/.test(a[i]!)));
}

/** Turns a concrete pointer into its template (`/teachers/0/name` → `/teachers/*\/name`), given which tokens are array indexes. */
export function toTemplate(pointer: string, root?: unknown): string {
  const tokens = parsePointer(pointer);
  const out: string[] = [];
  let node: unknown = root;
  for (const token of tokens) {
    const isIndex = root === undefined ? /^(0|[1-9]\d*)$/.test(token) : Array.isArray(node);
    out.push(isIndex ? '*' : token);
    node = Array.isArray(node) ? node[Number(token)] : own(node, token) ? (node as Record<string, unknown>)[token] : undefined;
  }
  return formatPointer(out);
}

/**
 * Expands a template against data: every `*` becomes each index of the array found there.
 * `/teachers/*\/name` with two teachers → `/teachers/0/name`, `/teachers/1/name`.
 */
export function expandTemplate(template: string, data: unknown): string[] {
  if (template.indexOf('*') === -1) return [template];
  const tokens = parsePointer(template);
  let prefixes: string[] = [''];
  for (const token of tokens) {
    if (token === '*') {
      const next: string[] = [];
      for (const prefix of prefixes) {
        const arr = getAt(data, prefix);
        if (Array.isArray(arr)) for (let i = 0; i < arr.length; i++) next.push(prefix + '/' + i);
      }
      prefixes = next;
    } else {
      prefixes = prefixes.map((p) => p + '/' + escapeToken(token));
    }
  }
  return prefixes;
}
