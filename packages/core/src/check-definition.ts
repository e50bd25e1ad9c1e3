/**
 * Checks a form definition at load: its shape against the definition meta-schema, then what a
 * meta-schema cannot see (layout pointers that name no field, unknown slots, duplicate ids, a schema
 * ajv refuses). Every problem names the file, the JSON Pointer and the reason.
 */
import { createAjv } from './ajv-setup.js';
import { bundleDefinition, type SharedSchemas } from './bundle-schema.js';
import { createDictionaryRegistry, type DictionaryRegistry } from './dictionaries/registry.js';
import { validate as metaValidator } from './generated/definition-meta-validator.js';
import { escapeToken, getAt } from './json-pointer.js';
import { locatePointer } from './parse-json.js';
import { prepareSchema } from './prepare-schema.js';
import { indexSchema, type SchemaIndex } from './schema-index.js';
import type { FormDefinition, LayoutItem } from './types.js';
import type { FileProblem } from './file-problem.js';

export { formatProblem, type FileProblem } from './file-problem.js';

/** What {@link checkDefinition} checks names against. */
export interface CheckDefinitionOptions {
  /** The code tables `x-dictionary` and `dictionaries` may name (default: the built-in ones). */
  dictionaries?: DictionaryRegistry;
  /**
   * Compile the data schema with ajv to find what ajv refuses (default true). A caller that
   * compiles it next anyway (`compileForm`, as `<shenbao-form>` does) passes false and reports
   * a failure of that compilation itself: the check then costs no second compilation.
   */
  compileSchema?: boolean;
}

/** The result of {@link checkDefinition}. */
export type CheckDefinitionResult = { ok: true; definition: FormDefinition; problems: [] } | { ok: false; problems: FileProblem[] };

/** Adds line/column to problems from the file's text. */
export function locateProblems(problems: FileProblem[], text?: string): FileProblem[] {
  if (text === undefined) return problems;
  return problems.map((p) => ({ ...p, ...locatePointer(text, p.pointer) }));
}

/** Explains meta-schema errors briefly in Chinese, keeping ajv's reason for the details. */
export function metaErrorMessage(keyword: string, params: Record<string, unknown>, ajvMessage?: string): string {
  switch (keyword) {
    case 'required':
      return `缺少必填项“${String(params.missingProperty)}”`;
    case 'additionalProperties':
      return `未知的属性“${String(params.additionalProperty)}”`;
    case 'enum':
      return `取值不在允许范围内（${(params.allowedValues as unknown[]).map(String).join(', ')}）`;
    case 'const':
      return `取值必须为 ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `类型错误，应为 ${String(params.type)}`;
    case 'pattern':
      return `格式错误，应匹配 ${String(params.pattern)}`;
    default:
      return `不符合格式要求（${keyword}: ${ajvMessage ?? ''}）`;
  }
}

/** A meta-schema error as ajv reports it. */
interface MetaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Turns ajv's errors against a meta-schema (definition, rule pack, scenario) into problems with
 * file, JSON Pointer and a Chinese reason; branch wrappers (`if`, `oneOf`, `anyOf`) are dropped and
 * repeats removed. `fallback` is used when nothing more specific remains.
 */
export function metaProblems(errors: readonly MetaError[] | null | undefined, file: string, fallback: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const pointer = e.keyword === 'required' ? `${e.instancePath}/${escapeToken(String(e.params.missingProperty))}` : e.instancePath;
    const message = metaErrorMessage(e.keyword, e.params, e.message);
    if (seen.has(pointer + '\u0000' + message)) continue;
    seen.add(pointer + '\u0000' + message);
    problems.push({ file, pointer, message });
  }
  return problems.length ? problems : [{ file, pointer: '', message: fallback }];
}

/** Places of the definition whose value is a localized text (`{"zh-CN": …}`), by their last token. */
const textKeys = new Set(['title', 'description', 'label', 'itemLabel', 'hint', 'success', 'pledge', 'text', 'notice']);

/**
 * A localized text written as a plain string is refused with the fix spelled out (one shape for
 * every text, so no title is dropped silently); other meta-schema problems are kept as they are.
 */
function explainTexts(problems: FileProblem[], value: unknown): FileProblem[] {
  return problems.map((p) => {
    const at = getAt(value, p.pointer);
    const key = p.pointer.slice(p.pointer.lastIndexOf('/') + 1);
    if (typeof at !== 'string' || !textKeys.has(key) || !p.message.startsWith('类型错误')) return p;
    return { ...p, message: `多语言文本应写成对象 {"zh-CN": ${JSON.stringify(at)}}（可加 "en"），不能是字符串` };
  });
}

/** Every `x-dictionary` of a data or context schema, with its pointer in the definition. */
function dictionaryRefs(schema: unknown, at: string, found: { pointer: string; id: unknown }[]): void {
  if (Array.isArray(schema)) schema.forEach((s, i) => dictionaryRefs(s, `${at}/${i}`, found));
  else if (schema !== null && typeof schema === 'object') {
    for (const [key, child] of Object.entries(schema)) {
      const here = `${at}/${escapeToken(key)}`;
      if (key === 'x-dictionary') found.push({ pointer: here, id: child });
      else if (key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'examples') dictionaryRefs(child, here, found);
    }
  }
}

let builtinRegistry: DictionaryRegistry | undefined;

function checkItems(
  items: readonly LayoutItem[],
  base: string,
  at: string,
  index: SchemaIndex,
  slotGroups: Map<string, string | undefined>,
  problem: (pointer: string, message: string) => void,
) {
  items.forEach((item, i) => {
    const here = `${at}/${i}`;
    if ('field' in item) {
      const target = base + item.field;
      if (!index.has(target)) problem(`${here}/field`, `字段“${item.field}”在数据结构（schema）中不存在${base ? `（所在分组 ${base.replace(/\/\*$/, '')}）` : ''}`);
    } else if ('group' in item) {
      const target = base + item.group;
      const info = index.get(target);
      if (!info) problem(`${here}/group`, `分组“${item.group}”在数据结构（schema）中不存在`);
      else if (info.type !== 'array') problem(`${here}/group`, `分组“${item.group}”必须是数组（array），实际为 ${info.type ?? '未知'}`);
      checkItems(item.items, `${target}/*`, `${here}/items`, index, slotGroups, problem);
      item.summary?.forEach((field, j) => {
        if (!item.items.some((it) => 'field' in it && it.field === field)) problem(`${here}/summary/${j}`, `摘要字段“${field}”不是分组“${item.group}”的字段`);
      });
    } else if ('attachment' in item) {
      if (!slotGroups.has(item.attachment)) problem(`${here}/attachment`, `附件槽位“${item.attachment}”未在 attachments 中定义`);
      else {
        const group = slotGroups.get(item.attachment);
        const expected = group === undefined ? '' : `${group}/*`;
        if (expected !== base) {
          problem(`${here}/attachment`, group === undefined ? `附件槽位“${item.attachment}”不属于分组，不能放在分组内` : `附件槽位“${item.attachment}”属于分组 ${group}，只能放在该分组内`);
        }
      }
    }
  });
}

/**
 * Checks a parsed definition; `text` (the file's source) adds line numbers to problems; `shared`
 * holds the shared schema files its `$ref`s may name. The definition returned is bundled.
 */
export function checkDefinition(
  value: unknown,
  file = '<definition>',
  text?: string,
  shared: SharedSchemas = {},
  options: CheckDefinitionOptions = {},
): CheckDefinitionResult {
  const problems: FileProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ file, pointer, message });
  // schema/definition.schema.json, precompiled (scripts/gen-meta-validators.ts): nothing to compile here.
  if (!metaValidator(value)) return { ok: false, problems: locateProblems(explainTexts(metaProblems(metaValidator.errors, file, '定义不符合格式要求'), value), text) };
  const bundled = bundleDefinition(value as FormDefinition, shared, file);
  if (bundled.problems.length) return { ok: false, problems: locateProblems(bundled.problems, text) };
  const definition = bundled.definition;

  const slotGroups = new Map<string, string | undefined>();
  definition.attachments.forEach((slot, i) => {
    if (slotGroups.has(slot.id)) problem(`/attachments/${i}/id`, `附件槽位 id“${slot.id}”重复`);
    slotGroups.set(slot.id, slot.group);
    if (slot.min > slot.max) problem(`/attachments/${i}/min`, `最少数量 ${slot.min} 大于最多数量 ${slot.max}`);
  });

  let index: SchemaIndex;
  try {
    const prepared = prepareSchema(definition);
    index = indexSchema(prepared);
    if (options.compileSchema !== false) createAjv().compile(prepared);
  } catch (error) {
    problem('/schema', `数据结构（schema）无法编译：${(error as Error).message}`);
    return { ok: false, problems: locateProblems(problems, text) };
  }
  definition.attachments.forEach((slot, i) => {
    if (slot.group !== undefined && index.get(slot.group)?.type !== 'array') {
      problem(`/attachments/${i}/group`, `分组“${slot.group}”在数据结构中不存在或不是数组`);
    }
  });
  // A dictionary is a registered code table or one the host looks up (declared in `dictionaries`);
  // any other name is a typo that would leave a choice with no options and no error.
  const dictionaries = options.dictionaries ?? (builtinRegistry ??= createDictionaryRegistry());
  const declared = new Set(definition.dictionaries ?? []);
  const refs: { pointer: string; id: unknown }[] = [];
  dictionaryRefs((value as FormDefinition).schema, '/schema', refs);
  if ((value as FormDefinition).context) dictionaryRefs((value as FormDefinition).context, '/context', refs);
  for (const ref of refs) {
    if (typeof ref.id !== 'string') problem(ref.pointer, 'x-dictionary 应为字典 id（字符串）');
    else if (!dictionaries.has(ref.id) && !declared.has(ref.id)) {
      problem(ref.pointer, `字典“${ref.id}”不存在（已有：${dictionaries.list().map((d) => d.id).join('、')}；由宿主查询提供的字典须列在 dictionaries 中）`);
    }
  }
  const stepIds = new Set<string>();
  const sectionIds = new Set<string>();
  definition.layout.steps.forEach((step, s) => {
    if (stepIds.has(step.id)) problem(`/layout/steps/${s}/id`, `步骤 id“${step.id}”重复`);
    stepIds.add(step.id);
    step.sections.forEach((section, j) => {
      if (sectionIds.has(section.id)) problem(`/layout/steps/${s}/sections/${j}/id`, `分区 id“${section.id}”重复`);
      sectionIds.add(section.id);
      checkItems(section.items, '', `/layout/steps/${s}/sections/${j}/items`, index, slotGroups, problem);
    });
  });
  if (problems.length) return { ok: false, problems: locateProblems(problems, text) };
  return { ok: true, definition, problems: [] };
}
