/**
 * Compiles a form definition once into everything validation needs: the ajv validator of the
 * prepared schema, the field index, the slots, and a function turning ajv errors into issues.
 * Compiled forms are cached per definition object.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv, type AjvInstance } from './ajv-setup.js';
import { formats } from './formats/index.js';
import { escapeToken, expandTemplate, getAt } from './json-pointer.js';
import { issueMessage, localize, typeNames } from './messages.js';
import { prepareSchema } from './prepare-schema.js';
import { indexSchema, labelFor, templateOf, type SchemaIndex } from './schema-index.js';
import type { AttachmentSlot, FormDefinition, Issue, JsonSchema, Locale } from './types.js';
import type { DictionaryRegistry } from './dictionaries/registry.js';

/** A validator function as ajv produces it, runtime-compiled or precompiled (standalone). */
export type DataValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

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
}

/** Options for {@link compileForm}. */
export interface CompileOptions {
  /** A precompiled (standalone) validator of `prepareSchema(definition)`; skips runtime compilation. */
  validator?: DataValidator;
  /** Code tables to check `x-dictionary` fields against. */
  dictionaries?: DictionaryRegistry;
  /** An ajv instance to compile with (default: one shared instance). */
  ajv?: AjvInstance;
}

let sharedAjv: AjvInstance | undefined;
interface Compiled { schema: JsonSchema; index: SchemaIndex; validator: DataValidator }
const cache = new WeakMap<FormDefinition, Compiled>();

const formatLabels = new Map(formats.map((f) => [f.name, f.label]));
const builtinFormatLabels: Record<string, { 'zh-CN': string; en: string }> = {
  date: { 'zh-CN': '日期（年-月-日）', en: 'date (YYYY-MM-DD)' },
  'date-time': { 'zh-CN': '日期时间', en: 'date-time' },
  email: { 'zh-CN': '电子邮箱', en: 'e-mail address' },
  uri: { 'zh-CN': '网址', en: 'URL' },
};

function formatLabel(format: string, locale: Locale): string {
  const own = formatLabels.get(format) ?? builtinFormatLabels[format];
  return own ? localize(own, locale) : format;
}

/** Converts ajv errors into shenbao issues (one per path and code; `if`/`then` wrappers dropped). */
export function ajvErrorsToIssues(errors: readonly ErrorObject[], form: Pick<CompiledForm, 'label'>, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'then' || error.keyword === 'else' || error.keyword === 'allOf') continue;
    let path = error.instancePath;
    const params: Record<string, unknown> = {};
    let code: string = error.keyword;
    switch (error.keyword) {
      case 'required':
        path = `${path}/${escapeToken((error.params as { missingProperty: string }).missingProperty)}`;
        break;
      case 'additionalProperties':
        params.property = (error.params as { additionalProperty: string }).additionalProperty;
        break;
      case 'format':
        params.format = (error.params as { format: string }).format;
        params.formatLabel = formatLabel(String(params.format), locale);
        break;
      case 'type': {
        const expected = String((error.params as { type: string }).type).split(',')[0]!;
        params.expected = localize(typeNames[expected] ?? { 'zh-CN': expected }, locale);
        break;
      }
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        params.limit = (error.params as { limit: number }).limit;
        break;
      case 'const':
        params.allowed = (error.params as { allowedValue: unknown }).allowedValue;
        break;
      case 'enum':
        params.allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
        break;
      case 'pattern':
        params.pattern = (error.params as { pattern: string }).pattern;
        break;
      case 'minContains':
      case 'maxContains':
      case 'contains':
      case 'anyOf':
      case 'oneOf':
      case 'not':
      case 'dependentRequired':
        code = 'schema';
        break;
      default:
        break;
    }
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    params.label = form.label(path, locale);
    issues.push({ path, code, params, source: 'schema', message: issueMessage(code, locale, params) });
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
    const validator = (options.ajv ?? (sharedAjv ??= createAjv())).compile(schema) as ValidateFunction;
    compiled = { schema, index: indexSchema(schema), validator };
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
  const { schema, index, validator } = compileOnce(definition, options);
  const slots = new Map(definition.attachments.map((s) => [s.id, s]));
  const dictionaryFields = [...index.values()].filter((f) => f.dictionary && !f.enum).map((f) => ({ ...f, only: f.pointer.includes('*') ? undefined : [f.pointer] }));
  const labels = new Memo<string>();
  const converted = new Memo<Issue | null>();
  /**
   * ajv's errors as issues. An issue depends only on where the error is (instance and schema path)
   * and the property it names, never on other data, so each is converted once per form and locale
   * and copied out (fresh issue and params objects every call).
   */
  const shapeIssues = (errors: readonly ErrorObject[], locale: Locale): Issue[] => {
    const issues: Issue[] = [];
    const seen = errors.length > 1 ? new Set<string>() : undefined;
    for (const error of errors) {
      const p = error.params as { missingProperty?: string; additionalProperty?: string };
      const key = `${error.instancePath}\u0000${error.schemaPath}\u0000${p.missingProperty ?? p.additionalProperty ?? ''}`;
      const issue = converted.get(key, locale, () => ajvErrorsToIssues([error], form, locale)[0] ?? null);
      if (!issue) continue;
      if (seen) {
        const at = `${issue.path}\u0000${issue.code}`;
        if (seen.has(at)) continue;
        seen.add(at);
      }
      issues.push({ path: issue.path, code: issue.code, params: { ...issue.params }, source: issue.source, message: issue.message });
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
      const dictionaries = options.dictionaries;
      if (dictionaries) {
        for (const field of dictionaryFields) {
          const id = field.dictionary!;
          if (!dictionaries.has(id)) continue;
          for (const pointer of field.only ?? expandTemplate(field.pointer, data)) {
            const value = getAt(data, pointer);
            if (value === undefined || value === null || value === '') continue;
            const known = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && dictionaries.item(id, String(v)) !== undefined;
            const bad = Array.isArray(value) ? value.find((v) => !known(v)) : known(value) ? undefined : value;
            if (bad !== undefined && !issues.some((i) => i.path === pointer)) {
              const params = { label: labelFor(index, pointer, locale), value: bad, dictionary: field.dictionary };
              issues.push({ path: pointer, code: 'dictionary', params, source: 'schema', message: issueMessage('dictionary', locale, params) });
            }
          }
        }
      }
      return issues;
    },
  };
  return form;
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

/** The pointer template of a concrete pointer in a compiled form. */
export function fieldTemplate(form: Pick<CompiledForm, 'index'>, pointer: string): string {
  return templateOf(form.index, pointer);
}
