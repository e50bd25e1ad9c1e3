/**
 * Compiles a form definition once into everything validation needs: the ajv validator of the
 * prepared schema, the field index, the slots, and a function turning ajv errors into issues.
 * Compiled forms are cached per definition object.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { AjvInstance } from './ajv-setup.js';
import { formats } from './formats/index.js';
import { escapeToken, expandTemplate, getAt } from './json-pointer.js';
import { createIssue } from './messages/issue-text.js';
import type { IssueCode, IssueParams } from './messages/issue-params.js';
import { localize, text } from './messages/registry.js';
import { prepareSchema } from './prepare-schema.js';
import { indexSchema, labelFor, type SchemaIndex } from './schema-index.js';
import { ShapeParts, canValidateInParts, partSchema, type PartIssues } from './shape-parts.js';
import type { AttachmentSlot, FormDefinition, Issue, JsonSchema, Locale } from './types.js';
import type { DictionaryRegistry } from './dictionaries/registry.js';

/** A validator function as ajv produces it, runtime-compiled or precompiled (standalone). */
export type DataValidator = ((data: unknown) => boolean) & {
  errors?: ErrorObject[] | null;
  /** A precompiled module's validator of each top-level property (with its own `required`), by key: `shapeParts` re-validates only the changed one. */
  parts?: Readonly<Record<string, DataValidator>>;
};

/** A definition compiled for validation. */
export interface CompiledForm {
  definition: FormDefinition;
  /** The schema that is validated: the definition's schema plus the attachments keys. */
  schema: JsonSchema;
  index: SchemaIndex;
  slots: Map<string, AttachmentSlot>;
  validator: DataValidator;
  /** Shape issues of the data (schema and sync dictionaries). */
  validateShape(data: unknown, locale?: Locale): Issue[];
  /** The label of a concrete pointer in a locale. */
  label(pointer: string, locale?: Locale): string;
  /**
   * Shape issues in parts by top-level property, so a change re-validates only the property it is
   * under ({@link ShapeParts}); absent when the schema cannot be validated in parts (root keywords
   * other than `type`, `properties`, `required`, `additionalProperties`, `$defs`) or no compiler is
   * at hand (a precompiled validator); `undefined` for data that is not an object.
   */
  shapeParts?(data: unknown, locale?: Locale): ShapeParts | undefined;
}

/** Options for {@link compileForm}. */
export interface CompileOptions {
  /** A precompiled (standalone) validator of `prepareSchema(definition)`; skips runtime compilation. */
  validator?: DataValidator;
  /** Code tables to check `x-dictionary` fields against. */
  dictionaries?: DictionaryRegistry;
  /** An ajv instance to compile with (default: the installed {@link SchemaCompiler}). */
  ajv?: AjvInstance;
}

/**
 * Compiles a JSON Schema into a validator at run time. Core's is ajv (`ajvCompiler`,
 * schema-compiler.ts), installed when `@shenbao/core` is loaded whole (Node) or by
 * {@link useSchemaCompiler}; a page with only precompiled validators never loads it.
 */
export type SchemaCompiler = (schema: JsonSchema) => DataValidator;
let installed: SchemaCompiler | undefined;
/** Installs the compiler {@link compileForm} uses for a definition without a precompiled validator. */
export function useSchemaCompiler(compiler: SchemaCompiler): void {
  installed = compiler;
}

/** No precompiled validator was given and no schema compiler is installed. */
export class NoSchemaCompilerError extends Error {
  constructor(id: string) {
    super(`表单 ${id} 没有预编译的校验器，也未加载运行时编译器：请传入 validator（shenbao compile），或先调用 useSchemaCompiler(ajvCompiler)（No precompiled validator and no schema compiler installed: pass \`validator\` or call useSchemaCompiler(ajvCompiler) first)`);
    this.name = 'NoSchemaCompilerError';
  }
}

interface Compiled { schema: JsonSchema; index: SchemaIndex; validator: DataValidator; compile?: SchemaCompiler }
const cache = new WeakMap<FormDefinition, Compiled>();

const formatLabels = new Map(formats.map((f) => [f.name, f.label]));
/** ajv-formats' formats the built-in forms use, named by the catalog's `format.` keys. */
const AJV_FORMATS = new Set(['date', 'date-time', 'email', 'uri'] as const);
type AjvFormat = typeof AJV_FORMATS extends Set<infer T> ? T : never;

function formatLabel(format: string, locale: Locale): string {
  const own = formatLabels.get(format);
  if (own) return localize(own, locale);
  return AJV_FORMATS.has(format as AjvFormat) ? text(`format.${format as AjvFormat}`, locale) : format;
}

/** The JSON type names `type` issues show, by the catalog's `type.` keys. */
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] as const);
type JsonType = typeof JSON_TYPES extends Set<infer T> ? T : never;

/** Schema keywords that carry a `limit` (ajv's `params.limit`). */
const LIMIT_KEYWORDS = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const);
type LimitKeyword = typeof LIMIT_KEYWORDS extends Set<infer T> ? T : never;

/** Keywords with an issue code of their own; any other is reported as `schema`. */
const OWN_MESSAGE = new Set<string>([...LIMIT_KEYWORDS, 'required', 'additionalProperties', 'format', 'type', 'const', 'enum', 'pattern', 'uniqueItems']);

/** The issue of one ajv error at `path`, params typed by its code (`schema` for a keyword without a message of its own). */
function issueOf(error: ErrorObject, path: string, label: string, locale: Locale): Issue {
  const p = error.params as Record<string, unknown>;
  const make = <C extends IssueCode>(code: C, params: IssueParams<C>) => createIssue(code, params, path, 'schema', locale);
  const keyword = error.keyword;
  if (LIMIT_KEYWORDS.has(keyword as LimitKeyword)) return make(keyword as LimitKeyword, { label, limit: p.limit as number });
  switch (keyword) {
    case 'required':
      return make('required', { label });
    case 'additionalProperties':
      return make('additionalProperties', { label, property: String(p.additionalProperty) });
    case 'format':
      return make('format', { label, format: String(p.format), formatLabel: formatLabel(String(p.format), locale) });
    case 'type': {
      const expected = String(p.type).split(',')[0]!;
      return make('type', { label, expected: JSON_TYPES.has(expected as JsonType) ? text(`type.${expected as JsonType}`, locale) : expected });
    }
    case 'const':
      return make('const', { label, allowed: p.allowedValue });
    case 'enum':
      return make('enum', { label, allowed: p.allowedValues as unknown[] });
    case 'pattern':
      return make('pattern', { label, pattern: String(p.pattern) });
    case 'uniqueItems':
      return make('uniqueItems', { label });
    default:
      // Other keywords (`anyOf`, `contains`, `dependentRequired` …) have no message of their own.
      return make('schema', { label });
  }
}

/** Converts ajv errors into shenbao issues (one per path and code; `if`/`then` wrappers dropped). */
export function ajvErrorsToIssues(errors: readonly ErrorObject[], form: Pick<CompiledForm, 'label'>, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'then' || error.keyword === 'else' || error.keyword === 'allOf') continue;
    let path = error.instancePath;
    if (error.keyword === 'required') path = `${path}/${escapeToken((error.params as { missingProperty: string }).missingProperty)}`;
    const key = `${path}\u0000${OWN_MESSAGE.has(error.keyword) ? error.keyword : 'schema'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issueOf(error, path, form.label(path, locale), locale));
  }
  return issues;
}

function compileOnce(definition: FormDefinition, options: CompileOptions): Compiled {
  if (options.validator) {
    const schema = prepareSchema(definition);
    return { schema, index: indexSchema(schema), validator: options.validator };
  }
  let compiled = cache.get(definition);
  if (!compiled) {
    const schema = prepareSchema(definition);
    const own = options.ajv;
    const compile: SchemaCompiler | undefined = own ? (s) => own.compile(s) as ValidateFunction : installed;
    if (!compile) throw new NoSchemaCompilerError(definition.id);
    const validator = compile(schema);
    compiled = { schema, index: indexSchema(schema), validator, compile };
    cache.set(definition, compiled);
  }
  return compiled;
}

/**
 * Compiles a definition. The ajv compilation and the field index are made once per definition
 * object and reused by every later call; the returned wrapper is cheap.
 */
export function compileForm(definition: FormDefinition, options: CompileOptions = {}): CompiledForm {
  if (options.validator || options.ajv) return buildForm(definition, options);
  let perRegistry = wrappers.get(definition);
  if (!perRegistry) wrappers.set(definition, (perRegistry = new Map()));
  const key = options.dictionaries ?? noRegistry;
  let form = perRegistry.get(key);
  if (!form) perRegistry.set(key, (form = buildForm(definition, options)));
  return form;
}

const noRegistry = {};
const wrappers = new WeakMap<FormDefinition, Map<object, CompiledForm>>();

function buildForm(definition: FormDefinition, options: CompileOptions): CompiledForm {
  const { schema, index, validator, compile } = compileOnce(definition, options);
  const slots = new Map(definition.attachments.map((s) => [s.id, s]));
  const dictionaryFields = [...index.values()].filter((f) => f.dictionary && !f.enum).map((f) => ({ ...f, only: f.pointer.includes('*') ? undefined : [f.pointer] }));
  const labels = new Memo<string>();
  const converted = new Memo<Issue | null>();
  /**
   * ajv's errors as issues. An issue depends only on where the error is (instance and schema path)
   * and the property it names, never on other data, so each is converted once per form and locale
   * and handed out as it is (frozen, with its params): every validation that finds that error
   * gives the very same issue object, so a form of many empty fields holds each issue once.
   */
  const shapeIssues = (errors: readonly ErrorObject[], locale: Locale): Issue[] => {
    const issues: Issue[] = [];
    const seen = errors.length > 1 ? new Set<string>() : undefined;
    for (const error of errors) {
      const p = error.params as { missingProperty?: string; additionalProperty?: string };
      const key = `${error.instancePath}\u0000${error.schemaPath}\u0000${p.missingProperty ?? p.additionalProperty ?? ''}`;
      const issue = converted.get(key, locale, () => frozen(ajvErrorsToIssues([error], form, locale)[0]));
      if (!issue) continue;
      if (seen) {
        const at = `${issue.path}\u0000${issue.code}`;
        if (seen.has(at)) continue;
        seen.add(at);
      }
      issues.push(issue);
    }
    return issues;
  };

  const form: CompiledForm = {
    definition,
    schema,
    index,
    slots,
    validator,
    label: (pointer, locale = 'zh-CN') => labels.get(pointer, locale, () => labelFor(index, pointer, locale)),
    validateShape(data, locale = 'zh-CN') {
      const ok = validator(data);
      const issues = ok ? [] : shapeIssues(validator.errors ?? [], locale);
      for (const { issue } of dictionaryIssues(data, issues, locale)) issues.push(issue);
      return issues;
    },
  };
  /** `x-dictionary` codes not in their table, after the ajv issues (none at a pointer ajv already reports); `under`: only fields under that pointer. */
  const dictionaryIssues = (data: unknown, issues: readonly Issue[], locale: Locale, under?: string): { field: number; issue: Issue }[] => {
    const out: { field: number; issue: Issue }[] = [];
    const dictionaries = options.dictionaries;
    if (!dictionaries) return out;
    dictionaryFields.forEach((field, fieldIndex) => {
      const id = field.dictionary!;
      if (!dictionaries.has(id)) return;
      if (under !== undefined && !(field.pointer === under || field.pointer.startsWith(`${under}/`))) return;
      for (const pointer of field.only ?? expandTemplate(field.pointer, data)) {
        const value = getAt(data, pointer);
        if (value === undefined || value === null || value === '') continue;
        const known = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && dictionaries.item(id, String(v)) !== undefined;
        const bad = Array.isArray(value) ? value.find((v) => !known(v)) : known(value) ? undefined : value;
        if (bad !== undefined && !issues.some((i) => i.path === pointer) && !out.some((o) => o.issue.path === pointer)) {
          out.push({ field: fieldIndex, issue: createIssue('dictionary', { label: labelFor(index, pointer, locale), value: bad, dictionary: id }, pointer, 'schema', locale) });
        }
      }
    });
    return out;
  };
  // The validator's own per-property validators (a precompiled module's, or the runtime compiler's in parts).
  const ownParts = validator.parts;
  if ((compile || ownParts) && canValidateInParts(schema)) {
    const root = schema as { required?: string[]; properties: Record<string, unknown>; $defs?: unknown };
    const partValidators = new Map<string, DataValidator>();
    /** The issues of one top-level property: by the validator's own part, or (a host's ajv) a schema of that property alone, compiled on first use. */
    const partOf = (key: string, data: unknown, locale: Locale): PartIssues => {
      let validate = partValidators.get(key) ?? ownParts?.[key];
      if (!validate) {
        partValidators.set(key, (validate = compile!(partSchema(schema, key))));
      }
      const record = data as Record<string, unknown>;
      const sub: Record<string, unknown> = {};
      if (Object.prototype.hasOwnProperty.call(record, key)) Object.defineProperty(sub, key, { value: record[key], enumerable: true, writable: true, configurable: true });
      const issues = validate(sub) ? [] : shapeIssues(validate.errors ?? [], locale);
      return { issues, dictionary: dictionaryIssues(data, issues, locale, `/${escapeToken(key)}`) };
    };
    form.shapeParts = (data, locale = 'zh-CN') => {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
      const issues = validator(data) ? [] : shapeIssues(validator.errors ?? [], locale);
      return new ShapeParts(root, data, issues, dictionaryIssues(data, issues, locale), (key, current) => partOf(key, current, locale));
    };
  }
  return form;
}

/** An issue shared between validations: frozen with its params (none can change what another validation reports). */
function frozen(issue: Issue | undefined): Issue | null {
  if (!issue) return null;
  Object.freeze(issue.params);
  return Object.freeze(issue);
}

/**
 * Values worked out once per key and locale (labels, converted errors). Bounded: pointers and
 * property names come from data, so a flood of distinct ones starts the memo over.
 */
class Memo<T> {
  static readonly limit = 20_000;
  readonly #byLocale = new Map<Locale, Map<string, T>>();
  get(key: string, locale: Locale, make: () => T): T {
    let map = this.#byLocale.get(locale);
    if (!map) this.#byLocale.set(locale, (map = new Map()));
    let value = map.get(key);
    if (value === undefined && !map.has(key)) {
      if (map.size >= Memo.limit) map.clear();
      map.set(key, (value = make()));
    }
    return value as T;
  }
}
