/**
 * An index of every field a data schema describes, keyed by pointer template (`/teachers/*\/name`):
 * label, type, format, dictionary, requiredness. Labels in messages, lint of rule packs and the UI's
 * widget choice all read it.
 */
import { escapeToken, parsePointer } from './json-pointer.js';
import { localize, text } from './messages/registry.js';
import type { JsonSchema, Locale, LocalizedText } from './types.js';

/** What the schema says about one field. */
export interface FieldInfo {
  /** Pointer template; `*` stands for an array index. */
  pointer: string;
  label?: LocalizedText;
  type?: string;
  format?: string;
  dictionary?: string;
  enum?: readonly unknown[];
  /** Labels of enum values (`x-enum-titles`, `x-enum-titles-en`), for widgets and read-only views. */
  enumTitles?: Record<string, LocalizedText>;
  /** How a read-only view masks the value (`x-mask`: id or phone, COMMON-4). */
  mask?: 'id' | 'phone';
  /**
   * An index into a list of the same declaration (`x-item-of`): `list` is its pointer, `label` how an
   * item reads (`{n}` its 1-based place, `{/school}` a value of the item), so a view shows the item,
   * never a raw index.
   */
  itemOf?: { list: string; label: LocalizedText };
  /** Whether the parent object lists it in `required`. */
  required: boolean;
  /** The field's (ref-resolved) schema. */
  schema: JsonSchema;
}

/** Every field of a schema by pointer template, root (`''`) included. */
export type SchemaIndex = Map<string, FieldInfo>;

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Resolves a local `$ref` (`#/$defs/teacher`) against the root schema; other refs are left as they are. */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let node = schema;
  for (let guard = 0; guard < 32 && typeof node.$ref === 'string' && node.$ref.startsWith('#'); guard++) {
    let target: unknown = root;
    for (const token of parsePointer(decodeURIComponent(node.$ref.slice(1)))) {
      target = isObject(target) ? target[token] : undefined;
    }
    if (!isObject(target)) break;
    const { $ref: _ref, ...rest } = node;
    node = { ...target, ...rest };
  }
  return node;
}

function typeOf(schema: JsonSchema): string | undefined {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  if (isObject(schema.properties)) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function labelOf(schema: JsonSchema): LocalizedText | undefined {
  if (typeof schema.title !== 'string') return undefined;
  const label: LocalizedText = { 'zh-CN': schema.title };
  if (typeof schema['x-title-en'] === 'string') label.en = schema['x-title-en'];
  return label;
}

/** Builds the index of a data schema (local `$ref`s followed, `allOf` members merged). */
export function indexSchema(root: JsonSchema): SchemaIndex {
  const index: SchemaIndex = new Map();
  const visit = (raw: JsonSchema, pointer: string, required: boolean, depth: number) => {
    if (depth > 24) return;
    const schema = resolveRef(raw, root);
    const existing = index.get(pointer);
    const info: FieldInfo = existing ?? { pointer, required, schema };
    info.required ||= required;
    info.label ??= labelOf(schema);
    info.type ??= typeOf(schema);
    if (typeof schema.format === 'string') info.format ??= schema.format;
    if (typeof schema['x-dictionary'] === 'string') info.dictionary ??= schema['x-dictionary'];
    if (Array.isArray(schema.enum)) info.enum ??= schema.enum;
    if (schema['x-mask'] === 'id' || schema['x-mask'] === 'phone') info.mask ??= schema['x-mask'];
    const itemOf = schema['x-item-of'];
    if (isObject(itemOf) && typeof itemOf.list === 'string' && typeof itemOf.label === 'string' && !info.itemOf) {
      info.itemOf = { list: itemOf.list, label: typeof itemOf['label-en'] === 'string' ? { 'zh-CN': itemOf.label, en: itemOf['label-en'] } : { 'zh-CN': itemOf.label } };
    }
    const titles = schema['x-enum-titles'];
    if (isObject(titles) && !info.enumTitles) {
      const en = isObject(schema['x-enum-titles-en']) ? schema['x-enum-titles-en'] : {};
      info.enumTitles = Object.fromEntries(
        Object.entries(titles).map(([value, zh]) => [value, typeof en[value] === 'string' ? { 'zh-CN': String(zh), en: en[value] as string } : { 'zh-CN': String(zh) }]),
      );
    }
    index.set(pointer, info);

    const requiredKeys = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    if (isObject(schema.properties)) {
      for (const [key, child] of Object.entries(schema.properties)) {
        if (isObject(child)) visit(child, `${pointer}/${escapeToken(key)}`, requiredKeys.has(key), depth + 1);
      }
    }
    if (isObject(schema.items)) visit(schema.items, `${pointer}/*`, false, depth + 1);
    for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
      if (isObject(member)) visit({ ...member, title: undefined }, pointer, false, depth + 1);
    }
  };
  visit(root, '', false, 0);
  return index;
}

/** The label of a concrete pointer, items numbered (`老师信息（第2项）执业地点`). */
export function labelFor(index: SchemaIndex, pointer: string, locale: Locale): string {
  const tokens = parsePointer(pointer);
  const parts: { text: string; numbered: boolean }[] = [];
  let template = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const asItem = `${template}/*`;
    if (/^(0|[1-9]\d*)$/.test(token) && index.has(asItem)) {
      template = asItem;
      const n = Number(token) + 1;
      const last = parts[parts.length - 1];
      if (last) parts[parts.length - 1] = { text: text('label.item', locale, { label: last.text, n }), numbered: true };
      continue;
    }
    template = `${template}/${escapeToken(token)}`;
    const label = index.get(template)?.label;
    if (label) parts.push({ text: localize(label, locale), numbered: false });
    else if (i === tokens.length - 1) parts.push({ text: token, numbered: false });
  }
  const last = parts[parts.length - 1];
  if (!last) return text('label.form', locale);
  // The field's own label, prefixed by the numbered item it belongs to (`老师信息（第2项）执业地点`).
  const owner = parts[parts.length - 2];
  if (owner?.numbered && !last.numbered) return text('label.inItem', locale, { item: owner.text, field: last.text });
  return last.text;
}

/** The template of a concrete pointer, using the index to tell array indexes from keys. */
export function templateOf(index: SchemaIndex, pointer: string): string {
  let template = '';
  for (const token of parsePointer(pointer)) {
    const asItem = `${template}/*`;
    template = /^(0|[1-9]\d*)$/.test(token) && index.has(asItem) ? asItem : `${template}/${escapeToken(token)}`;
  }
  return template;
}
