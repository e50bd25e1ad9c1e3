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

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The shape issues of one object, by top-level property; {@link ShapeParts.update} re-validates the properties a change is under. */
export class ShapeParts {
  readonly #required: string[];
  readonly #properties: string[];
  readonly #known: Set<string>;
  readonly #byKey = new Map<string, Issue[]>();
  readonly #dictionary = new Map<string, PartIssues['dictionary']>();
  readonly #present = new Map<string, boolean>();
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
    this.#required = root.required ?? [];
    this.#properties = Object.keys(root.properties);
    this.#known = new Set(this.#properties);
    for (const key of this.#properties) this.#present.set(key, hasOwn(data, key));
    for (const issue of issues) {
      const key = issue.path === '' ? undefined : parsePointer(issue.path)[0];
      if (key === undefined || !this.#known.has(key)) this.#root.push(issue);
      else {
        const list = this.#byKey.get(key);
        if (list) list.push(issue);
        else this.#byKey.set(key, [issue]);
      }
    }
    for (const entry of dictionary) {
      const key = parsePointer(entry.issue.path)[0]!;
      const list = this.#dictionary.get(key);
      if (list) list.push(entry);
      else this.#dictionary.set(key, [entry]);
    }
    this.#assembled = [...issues, ...dictionary.map((d) => d.issue)];
  }

  /** Re-validates the top-level properties of `keys` in `data`; false when one is not a property of the schema (validate the whole then). */
  update(keys: Iterable<string>, data: object): boolean {
    for (const key of keys) {
      if (!this.#known.has(key)) return false;
      const part = this.partOf(key, data);
      this.#present.set(key, hasOwn(data, key));
      this.#byKey.set(key, part.issues);
      if (part.dictionary.length > 0) this.#dictionary.set(key, part.dictionary);
      else this.#dictionary.delete(key);
      this.#assembled = undefined;
    }
    return true;
  }

  /** The issues, in the order a whole validation gives them (fresh array; issue objects shared between calls). */
  issues(): Issue[] {
    if (this.#assembled) return [...this.#assembled];
    const out: Issue[] = [];
    for (const key of this.#required) if (!this.#present.get(key)) for (const issue of this.#byKey.get(key) ?? []) out.push(issue);
    for (const issue of this.#root) out.push(issue);
    for (const key of this.#properties) if (this.#present.get(key)) for (const issue of this.#byKey.get(key) ?? []) out.push(issue);
    if (this.#dictionary.size > 0) {
      const entries = [...this.#dictionary.values()].flat();
      entries.sort((a, b) => a.field - b.field);
      for (const entry of entries) out.push(entry.issue);
    }
    this.#assembled = out;
    return [...out];
  }
}
