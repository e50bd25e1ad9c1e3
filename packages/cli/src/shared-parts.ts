/**
 * Per-property validators that are the same code but for their key share that code: a form of many
 * fields of one kind (a questionnaire of a thousand required texts of at most 50 characters) ships
 * one validator function made per key (`shared0("f0001")`), not a thousand copies of it — a module
 * of kilobytes, not megabytes, for the page to load, parse and keep.
 *
 * A part joins a group only when this is proven for it at generation time: its key is a plain
 * identifier (ajv writes `data.key`, and the key needs no JSON-pointer escaping), it refers to no
 * `$defs`, and ajv's standalone code of its own schema is exactly the group's code (compiled once,
 * for a placeholder key) with the placeholder replaced by the key — after only the numbering of
 * ajv's names and the (unused) schema constants are set aside. The shared code takes the key where
 * the placeholder stood: `data.key` becomes `data[k]`, `"…key…"` becomes `("…"+k+"…")`, an object
 * key `"key":` becomes `[k]:`; a placeholder anywhere else leaves the group out.
 */
import type { JsonSchema } from '@shenbao/core';

/** The key the group's code is compiled with (never a key of a definition: checked per part). */
const placeholder = 'shenbaoSharedKey';
const plainKey = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** ajv compiling one schema to its standalone module text (`export const validate = …`). */
export type StandaloneOf = (schema: JsonSchema) => string;

/** The parts that share code: each group's factory source and its members' keys. */
export interface SharedParts {
  /** `function sharedN(k) { … return validateM; }`, one per group. */
  factories: string[];
  /** The factory (its index in `factories`) of each grouped key. */
  groupOf: Map<string, number>;
}

/** Annotations of a property's own schema that ajv's code does not read (labels and notes). */
function withoutAnnotations(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'title' && k !== 'description' && k !== '$comment' && !k.startsWith('x-')));
}

/** The part schema of `key` with the property's annotations left out and the key renamed. */
function shapeOf(part: JsonSchema, key: string, as: string): JsonSchema | undefined {
  const p = part as { type?: unknown; required?: string[]; properties?: Record<string, unknown>; $defs?: unknown };
  const property = p.properties?.[key];
  if (p.$defs !== undefined || typeof property !== 'object' || property === null || Array.isArray(property)) return undefined;
  return { type: 'object', required: p.required?.includes(key) ? [as] : [], properties: { [as]: withoutAnnotations(property as Record<string, unknown>) } } as JsonSchema;
}

/** The end of the JSON value that starts at `from` in `text` (a schema constant as ajv writes it), or -1. */
function jsonEnd(text: string, from: number): number {
  for (let end = text.indexOf(';', from); end >= 0; end = text.indexOf(';', end + 1)) {
    try {
      JSON.parse(text.slice(from, end));
      return end;
    } catch {
      // not yet the end of the value
    }
  }
  return -1;
}

/** Standalone text without its export lines and without schema constants nothing reads. */
function body(standalone: string): { code: string; name: string } | undefined {
  const head = /^"use strict";export const validate = (validate\d+);export default \1;/.exec(standalone);
  if (!head) return undefined;
  let code = standalone.slice(head[0].length);
  for (let m = /const (schema\d+) = /.exec(code); m; m = /const (schema\d+) = /.exec(code)) {
    const end = jsonEnd(code, m.index + m[0].length);
    if (end < 0) return undefined;
    const rest = code.slice(0, m.index) + code.slice(end + 1);
    if (new RegExp(`\\b${m[1]}\\b`).test(rest)) return undefined; // read by the code: not set aside
    code = rest;
  }
  return { code, name: head[1]! };
}

/** `code` with ajv's numbered names renumbered by first appearance (two compilations of one shape compare equal). */
function normalized(code: string): string {
  const names = new Map<string, string>();
  return code.replace(/\b([A-Za-z]+)(\d+)\b/g, (token, stem: string) => {
    let name = names.get(token);
    if (!name) names.set(token, (name = `${stem}#${names.size}`));
    return name;
  });
}

/** The group's code with the key as the parameter `k`, or undefined when the placeholder stands anywhere else. */
function parameterized(code: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const quote = code.indexOf('"', i);
    const plain = code.slice(i, quote < 0 ? code.length : quote);
    // Outside strings the placeholder may only be a property read `x.key`.
    const read = plain.replace(new RegExp(`\\.${placeholder}(?![A-Za-z0-9_$])`, 'g'), '[k]');
    if (read.includes(placeholder)) return undefined;
    out += read;
    if (quote < 0) break;
    let end = quote + 1;
    while (end < code.length && code[end] !== '"') end += code[end] === '\\' ? 2 : 1;
    const literal = code.slice(quote, end + 1);
    i = end + 1;
    if (!literal.includes(placeholder)) {
      out += literal;
      continue;
    }
    if (literal === `"${placeholder}"`) {
      // An object key `"key":` becomes `[k]:`, a value `"key"` becomes `k`.
      out += code[i] === ':' ? '[k]' : 'k';
      continue;
    }
    if (code[i] === ':') return undefined;
    const pieces = literal.slice(1, -1).split(placeholder);
    out += `(${pieces.map((piece) => `"${piece}"`).join('+k+')})`;
  }
  return out;
}

/**
 * Finds the parts of `parts` (key → part schema, as `partSchema` makes them) that share code, and
 * writes one factory per group of two or more. `standaloneOf` compiles with the module's ajv options.
 */
export function sharedParts(parts: readonly [key: string, schema: JsonSchema][], standaloneOf: StandaloneOf): SharedParts {
  const byShape = new Map<string, string[]>();
  for (const [key, schema] of parts) {
    if (!plainKey.test(key) || JSON.stringify(schema).includes(placeholder)) continue;
    const shape = shapeOf(schema, key, placeholder);
    if (!shape) continue;
    const text = JSON.stringify(shape);
    byShape.set(text, [...(byShape.get(text) ?? []), key]);
  }
  const schemaOf = new Map(parts);
  const factories: string[] = [];
  const groupOf = new Map<string, number>();
  for (const [shape, keys] of byShape) {
    if (keys.length < 2) continue;
    const group = body(standaloneOf(JSON.parse(shape) as JsonSchema));
    const code = group && parameterized(group.code);
    if (!group || code === undefined) continue;
    // Each member: ajv's own code for its own schema must be the group's with its key.
    const members = keys.filter((key) => {
      const own = body(standaloneOf(schemaOf.get(key)!));
      return own !== undefined && normalized(own.code) === normalized(group.code.split(placeholder).join(key));
    });
    if (members.length < 2) continue;
    for (const key of members) groupOf.set(key, factories.length);
    factories.push(`function shared${factories.length}(k){${code}return ${group.name};}`);
  }
  return { factories, groupOf };
}
