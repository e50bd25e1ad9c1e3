/**
 * Shape issues kept in parts by top-level property, so that a change re-validates only the
 * property it is under and the issues come out exactly as a whole validation gives them: ajv (all
 * errors) reports a root object's missing `required` properties first (in `required` order), then
 * the root's own errors (`additionalProperties`), then each present property's errors (in
 * `properties` order); dictionary issues follow, in field order.
 */
import { parsePointer } from './json-pointer.js';
import type { Issue, JsonSchema } from './types.js';

/** The issues of one top-level property: ajv's, then its dictionary issues (with their field's index). */
export interface PartIssues {
  issues: Issue[];
  dictionary: { field: number; issue: Issue }[];
}

const rootKeywords = new Set(['type', 'properties', 'required', 'additionalProperties', '$defs', 'title', 'description', '$schema', '$id', '$comment']);

/** Whether a schema can be validated one top-level property at a time (see the module comment). */
export function canValidateInParts(schema: JsonSchema): boolean {
  const s = schema as { type?: unknown; properties?: Record<string, unknown>; required?: unknown; additionalProperties?: unknown };
  if (s.type !== 'object' || typeof s.properties !== 'object' || s.properties === null) return false;
  if (typeof s.additionalProperties === 'object') return false;
  if (Object.keys(s).some((k) => !rootKeywords.has(k))) return false;
  const required = s.required ?? [];
  return Array.isArray(required) && required.every((k) => typeof k === 'string' && Object.prototype.hasOwnProperty.call(s.properties, k));
}

/**
 * The schema of one top-level property alone, with its own `required` and the root's `$defs` only
 * where the property refers to them: what validating in parts compiles per property, at run time
 * (compile-form.ts) and into a precompiled module (the CLI's validator module) alike.
 */
export function partSchema(schema: JsonSchema, key: string): JsonSchema {
  const root = schema as { required?: string[]; properties: Record<string, unknown>; $defs?: unknown };
  const property = root.properties[key];
  const refers = root.$defs !== undefined && JSON.stringify(property).includes('"$ref"');
  return { type: 'object', required: root.required?.includes(key) ? [key] : [], properties: { [key]: property }, ...(refers ? { $defs: root.$defs } : {}) } as JsonSchema;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** The issues of a property that has none (one list for all of them, never added to). */
const none: Issue[] = [];

/** `list` without the run of `issues` (in order, adjacent as assembled), in place; undefined when they are not found so. */
function without(list: Issue[], issues: readonly Issue[]): Issue[] | undefined {
  if (issues.length === 0) return list;
  const at = list.indexOf(issues[0]!);
  if (at < 0) return undefined;
  for (let k = 1; k < issues.length; k++) if (list[at + k] !== issues[k]) return undefined;
  list.splice(at, issues.length);
  return list;
}

/** The shape issues of one object, by top-level property; {@link ShapeParts.update} re-validates the properties a change is under. */
export class ShapeParts {
  /** The positions in `properties` of the `required` keys, in `required` order. */
  readonly #required: number[];
  readonly #position = new Map<string, number>();
  /** By property position: its ajv issues, its dictionary issues, whether the data has it. */
  readonly #byKey: Issue[][];
  readonly #dictionary: (PartIssues['dictionary'] | undefined)[];
  readonly #present: boolean[];
  #dictionaryCount = 0;
  #root: Issue[] = [];
  #assembled: Issue[] | undefined;

  /** From a whole validation of `data`: its ajv issues and dictionary issues; `partOf` validates one property of new data. */
  constructor(
    root: { required?: string[]; properties: Record<string, unknown> },
    data: object,
    issues: Issue[],
    dictionary: PartIssues['dictionary'],
    private readonly partOf: (key: string, data: unknown) => PartIssues,
  ) {
    const properties = Object.keys(root.properties);
    properties.forEach((key, i) => this.#position.set(key, i));
    this.#required = (root.required ?? []).map((key) => this.#position.get(key)!);
    // Most properties have no issue or one: lists made to measure (no growable array per property).
    this.#byKey = properties.map(() => none);
    this.#dictionary = properties.map(() => undefined);
    this.#present = properties.map((key) => hasOwn(data, key));
    for (const issue of issues) {
      const at = issue.path === '' ? undefined : this.#position.get(parsePointer(issue.path)[0]!);
      if (at === undefined) this.#root.push(issue);
      else this.#byKey[at] = this.#byKey[at] === none ? [issue] : [...this.#byKey[at]!, issue];
    }
    for (const entry of dictionary) {
      const at = this.#position.get(parsePointer(entry.issue.path)[0]!)!;
      (this.#dictionary[at] ??= []).push(entry);
      this.#dictionaryCount++;
    }
    this.#assembled = [...issues, ...dictionary.map((d) => d.issue)];
  }

  /** Re-validates the top-level properties of `keys` in `data`; false when one is not a property of the schema (validate the whole then). */
  update(keys: Iterable<string>, data: object): boolean {
    for (const key of keys) {
      const at = this.#position.get(key);
      if (at === undefined) return false;
      const part = this.partOf(key, data);
      const old = this.#byKey[at]!;
      const hadDictionary = this.#dictionary[at] !== undefined;
      this.#present[at] = hasOwn(data, key);
      this.#byKey[at] = part.issues;
      if (this.#dictionary[at]) this.#dictionaryCount -= this.#dictionary[at]!.length;
      this.#dictionary[at] = part.dictionary.length > 0 ? part.dictionary : undefined;
      this.#dictionaryCount += part.dictionary.length;
      // A property that has no issues now (a field filled in): its old issues leave the assembled list where they stand.
      if (this.#assembled && part.issues.length === 0 && !hadDictionary && part.dictionary.length === 0) this.#assembled = without(this.#assembled, old);
      else this.#assembled = undefined;
    }
    return true;
  }

  /** The issues as {@link ShapeParts.issues}, not copied: read them before the next {@link ShapeParts.update}, never change them. */
  issuesShared(): readonly Issue[] {
    if (!this.#assembled) this.issues();
    return this.#assembled!;
  }

  /** The issues, in the order a whole validation gives them (fresh array; issue objects shared between calls). */
  issues(): Issue[] {
    if (this.#assembled) return this.#assembled.slice();
    const out: Issue[] = [];
    const byKey = this.#byKey;
    const present = this.#present;
    for (const at of this.#required) if (!present[at]) for (const issue of byKey[at]!) out.push(issue);
    for (const issue of this.#root) out.push(issue);
    for (let at = 0; at < byKey.length; at++) {
      const list = byKey[at]!;
      if (list.length > 0 && present[at]) for (const issue of list) out.push(issue);
    }
    if (this.#dictionaryCount > 0) {
      const entries = this.#dictionary.flatMap((d) => d ?? []);
      entries.sort((a, b) => a.field - b.field);
      for (const entry of entries) out.push(entry.issue);
    }
    this.#assembled = out;
    return out.slice();
  }
}
