/**
 * Lint of a rule pack against its form: the meta-schema first, then every name the pack uses —
 * fields, slots, facts, operators, params, the parent year — must exist, and rule ids must be
 * unique. Problems carry file and JSON Pointer so policy staff find the line.
 */
import {
  compileForm,
  escapeToken,
  getAt,
  indexSchema,
  locateProblems,
  metaProblems,
  parsePointer,
  type FileProblem,
  type FormDefinition,
  type SchemaIndex,
} from '@shenbao/core';
import { expressionRefs } from './expressions.js';
import { validate as metaValidator } from './generated/rule-pack-meta-validator.js';
import { operatorNames } from './operators/index.js';
import type { Condition, Effect, PackRule, RulePack } from './pack-types.js';
import { PackResolutionError, resolvePack } from './resolve-pack.js';

/** The names a pack may use where the meta-schema lists them, by the key that holds one. */
const namedKinds: Record<string, string> = { operator: '运算符', fact: '事实', type: '效果' };

/** An unknown operator, fact or effect is named as such, with the ones there are (not as a bare enum error). */
function nameUnknown(problem: FileProblem, value: unknown): FileProblem {
  const key = problem.pointer.slice(problem.pointer.lastIndexOf('/') + 1);
  const kind = namedKinds[key];
  const used = getAt(value, problem.pointer);
  const allowed = /^取值不在允许范围内（(.*)）$/.exec(problem.message)?.[1];
  if (!kind || allowed === undefined || typeof used !== 'string' || (key === 'type' && !/\/event\/type$/.test(problem.pointer))) return problem;
  return { ...problem, message: `未知的${kind}“${used}”（可用：${allowed.split(', ').join('、')}）` };
}

/** Checks a pack's shape against the rule-pack meta-schema only. */
export function checkPackShape(value: unknown, file: string): FileProblem[] {
  // schema/rule-pack.schema.json, precompiled (scripts/gen-meta-validators.ts): nothing to compile here.
  if (metaValidator(value)) return [];
  return metaProblems(metaValidator.errors, file, '规则包不符合格式要求（条件或效果的写法不对）').map((p) => nameUnknown(p, value));
}

/** Whether a pointer (concrete indexes allowed, `*` too) names a field of the index, or a prefix of one. */
function fieldExists(index: SchemaIndex, pointer: string): boolean {
  return pointer === '' || index.has(templateOf(pointer));
}

/** The template of a pointer: array indexes become `*`. */
function templateOf(pointer: string): string {
  return parsePointer(pointer).map((t) => '/' + (/^(0|[1-9]\d*)$/.test(t) ? '*' : escapeToken(t))).join('');
}

/** Lints one pack file. `siblings` are the other packs of the same form (for `extends` and `remove`). */
export function lintPack(value: unknown, definition: FormDefinition, file: string, siblings: readonly RulePack[] = [], text?: string): FileProblem[] {
  const shape = checkPackShape(value, file);
  if (shape.length) return locateProblems(shape, text);
  const pack = value as RulePack;
  const problems: FileProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ file, pointer, message });

  if (pack.form !== definition.id) problem('/form', `规则包的表单“${pack.form}”与定义“${definition.id}”不一致`);
  const form = compileForm(definition);
  const data = form.index;
  const context = definition.context ? indexSchema(definition.context) : new Map();

  let params: Record<string, unknown> = pack.params ?? {};
  if (pack.extends !== undefined) {
    const all = [...siblings.filter((p) => p.year !== pack.year), pack];
    try {
      params = resolvePack(all, pack.year).params;
    } catch (error) {
      const code = error instanceof PackResolutionError ? error.code : '';
      problem(code === 'remove-unknown' ? '/remove' : '/extends', (error as Error).message);
    }
  } else if (pack.remove?.length) {
    problem('/remove', '没有继承（extends）的规则包不能删除规则');
  }

  const ids = new Map<string, number>();
  pack.rules.forEach((rule, r) => {
    const at = `/rules/${r}`;
    if (ids.has(rule.id)) problem(`${at}/id`, `规则 id“${rule.id}”重复（与 /rules/${ids.get(rule.id)} 相同）`);
    else ids.set(rule.id, r);
    if (rule.forEach !== undefined && data.get(templateOf(rule.forEach))?.type !== 'array') {
      problem(`${at}/forEach`, `forEach 指向的“${rule.forEach}”不是数据中的数组`);
    }
    lintCondition(rule.conditions, `${at}/conditions`, rule, { data, context, params, problem });
    lintEffect(rule.event, `${at}/event`, rule, { data, context, params, problem }, definition);
  });
  return locateProblems(problems, text);
}

interface Scope {
  data: SchemaIndex;
  context: SchemaIndex;
  params: Record<string, unknown>;
  problem: (pointer: string, message: string) => void;
}


function checkFactPath(fact: string, path: string | undefined, at: string, rule: PackRule, scope: Scope) {
  const p = path ?? '';
  switch (fact) {
    case 'data':
      if (!fieldExists(scope.data, p)) scope.problem(at, `字段“${p}”在表单数据中不存在`);
      break;
    case 'context':
      if (!fieldExists(scope.context, p)) scope.problem(at, `上下文事实“${p}”未在定义的 context 中声明`);
      break;
    case 'params': {
      const name = parsePointer(p)[0];
      if (name === undefined || !Object.prototype.hasOwnProperty.call(scope.params, name)) scope.problem(at, `参数“${name ?? ''}”不存在（已有：${Object.keys(scope.params).join('、') || '无'}）`);
      break;
    }
    case 'item':
    case 'index':
      if (rule.forEach === undefined) scope.problem(at, `事实“${fact}”只能用于带 forEach 的规则`);
      else if (fact === 'item' && !fieldExists(scope.data, `${templateOf(rule.forEach)}/*${p}`)) scope.problem(at, `字段“${rule.forEach}/*${p}”在表单数据中不存在`);
      break;
    default:
      scope.problem(at, `未知的事实“${fact}”`);
  }
}

function lintCondition(condition: Condition, at: string, rule: PackRule, scope: Scope) {
  if ('all' in condition) condition.all.forEach((c, i) => lintCondition(c, `${at}/all/${i}`, rule, scope));
  else if ('any' in condition) condition.any.forEach((c, i) => lintCondition(c, `${at}/any/${i}`, rule, scope));
  else if ('not' in condition) lintCondition(condition.not, `${at}/not`, rule, scope);
  else {
    if (!operatorNames.has(condition.operator)) scope.problem(`${at}/operator`, `未知的运算符“${condition.operator}”`);
    if (condition.fact === 'count') {
      const path = condition.params?.path;
      if (path === undefined) scope.problem(`${at}/params`, 'count 事实需要 params.path（数组字段）');
      else if (scope.data.get(templateOf(path))?.type !== 'array') scope.problem(`${at}/params/path`, `“${path}”不是表单数据中的数组`);
      else for (const key of Object.keys(condition.params?.where ?? {})) {
        if (!fieldExists(scope.data, `${templateOf(path)}/*${key}`)) scope.problem(`${at}/params/where`, `筛选字段“${path}/*${key}”不存在`);
      }
    } else {
      checkFactPath(condition.fact, condition.path, `${at}/path`, rule, scope);
    }
    const v = condition.value as { fact?: unknown; path?: unknown } | null;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string') {
      checkFactPath(v.fact, typeof v.path === 'string' ? v.path : undefined, `${at}/value`, rule, scope);
    }
  }
}

function lintEffect(effect: Effect, at: string, rule: PackRule, scope: Scope, definition: FormDefinition) {
  const slotIds = new Set(definition.attachments.map((s) => s.id));
  const field = (pointer: string, where: string) => {
    if (!fieldExists(scope.data, pointer)) scope.problem(where, `字段“${pointer}”在表单数据中不存在`);
  };
  switch (effect.type) {
    case 'require':
      effect.params.fields.forEach((f, i) => field(f, `${at}/params/fields/${i}`));
      break;
    case 'show':
    case 'hide':
      effect.params.fields?.forEach((f, i) => field(f, `${at}/params/fields/${i}`));
      effect.params.slots?.forEach((s, i) => {
        if (!slotIds.has(s)) scope.problem(`${at}/params/slots/${i}`, `附件槽位“${s}”不存在`);
      });
      break;
    case 'attachment': {
      const slot = definition.attachments.find((s) => s.id === effect.params.slot);
      if (!slot) scope.problem(`${at}/params/slot`, `附件槽位“${effect.params.slot}”不存在（已有：${[...slotIds].join('、')}）`);
      else if (effect.params.min !== undefined && effect.params.max !== undefined && effect.params.min > effect.params.max) {
        scope.problem(`${at}/params/min`, `最少数量 ${effect.params.min} 大于最多数量 ${effect.params.max}`);
      }
      break;
    }
    case 'error':
      field(effect.params.path, `${at}/params/path`);
      break;
    case 'distinct':
    case 'disjoint': {
      // Rules across list items: the list, the key and every filter pointer must be fields of the list's items.
      const { list, key } = effect.params;
      field(list, `${at}/params/list`);
      field(`${list}/*${key}`, `${at}/params/key`);
      const filters: [string, Record<string, unknown> | undefined][] = [['where', effect.params.where]];
      if (effect.type === 'disjoint') filters.push(['from', effect.params.from]);
      for (const [name, filter] of filters) {
        for (const pointer of Object.keys(filter ?? {})) field(`${list}/*${pointer}`, `${at}/params/${name}`);
      }
      break;
    }
    case 'set': {
      field(effect.params.path, `${at}/params/path`);
      const refs = expressionRefs(effect.params.value);
      refs.data.forEach((p) => field(p, `${at}/params/value`));
      refs.context.forEach((p) => {
        if (!fieldExists(scope.context, p)) scope.problem(`${at}/params/value`, `上下文事实“${p}”未在定义的 context 中声明`);
      });
      refs.params.forEach((p) => {
        if (!Object.prototype.hasOwnProperty.call(scope.params, p)) scope.problem(`${at}/params/value`, `参数“${p}”不存在`);
      });
      break;
    }
  }
  void rule;
}
