/**
 * Rules as Chinese sentences, built from the definition's labels and dictionaries instead of
 * pointers: "当 考生类型 为 以师承方式学习中医 时，要求填写：文化学习经历、跟师学习医术及实践经历".
 * Pure: the rule card, the condition builder's preview and the tests all call it.
 */
import type { Condition, Effect, Expression, FactRef, LeafCondition, PackParam, PackRule } from '@shenbao/rules';
import type { FieldCatalog } from './field-catalog.js';
import { operatorPhrase } from './operator-phrases.js';

/** What a sentence needs besides the rule: the form's fields and the pack's params. */
export interface SentenceContext {
  catalog: FieldCatalog;
  params: Record<string, PackParam>;
  /** The list a `forEach` rule runs over (its `item` facts are read inside it). */
  forEach?: string;
}

const isNested = (c: Condition): c is Exclude<Condition, LeafCondition> => 'all' in c || 'any' in c || 'not' in c;
const isFactRef = (v: unknown): v is FactRef => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as FactRef).fact === 'string';
const join = (parts: string[]) => parts.join('、');

/** The label of a data field (`/experience/culturalStudy` → `文化学习经历`); the pointer when unknown. */
export function fieldLabel(pointer: string, ctx: SentenceContext): string {
  const field = ctx.catalog.field(pointer);
  if (!field) return pointer;
  return field.inList && !ctx.forEach ? field.fullLabel : field.label;
}

function listLabel(pointer: string, ctx: SentenceContext): string {
  const label = ctx.catalog.index.get(pointer.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*'))?.label?.['zh-CN'];
  return label ?? pointer;
}

function paramText(name: string, ctx: SentenceContext): string {
  const param = ctx.params[name.replace(/^\//, '')];
  const key = name.replace(/^\//, '');
  return param ? `参数「${param.description}」（${key}，现为 ${JSON.stringify(param.value)}）` : `参数 ${key}`;
}

function whereText(where: Record<string, unknown> | undefined, list: string, ctx: SentenceContext): string {
  if (!where) return '';
  const parts = Object.entries(where).map(([p, v]) => `${fieldLabel(`${list}/*${p}`, { ...ctx, forEach: list })} 为 ${ctx.catalog.valueLabel(`${list}/*${p}`, v)}`);
  return parts.length ? `中 ${parts.join(' 且 ')} 的` : '';
}

/** The subject of a leaf condition or of a fact reference: what is being compared. */
export function subjectText(ref: { fact: string; path?: string; params?: { path: string; where?: Record<string, unknown> } }, ctx: SentenceContext): string {
  switch (ref.fact) {
    case 'data':
      return fieldLabel(ref.path ?? '', ctx);
    case 'item':
      return `该项的 ${fieldLabel(`${ctx.forEach ?? ''}/*${ref.path ?? ''}`, ctx)}`;
    case 'index':
      return '该项的序号';
    case 'params':
      return paramText(ref.path ?? '', ctx);
    case 'context': {
      const label = ctx.catalog.context.get(ref.path ?? '')?.label?.['zh-CN'];
      return label ?? `环境 ${ref.path ?? ''}`;
    }
    case 'count': {
      const list = ref.params?.path ?? ref.path ?? '';
      const where = whereText(ref.params?.where, list, ctx);
      return where ? `${listLabel(list, ctx)} ${where}项数` : `${listLabel(list, ctx)} 的项数`;
    }
    default:
      return `${ref.fact}${ref.path ?? ''}`;
  }
}

function valueText(leaf: LeafCondition, ctx: SentenceContext): string {
  const value = leaf.value;
  if (isFactRef(value)) return subjectText(value, ctx);
  const subject = leaf.fact === 'item' ? `${ctx.forEach ?? ''}/*${leaf.path ?? ''}` : leaf.fact === 'data' ? (leaf.path ?? '') : '';
  const one = (v: unknown) => (subject ? ctx.catalog.valueLabel(subject, v) : typeof v === 'string' ? v : JSON.stringify(v));
  if (Array.isArray(value)) return join(value.map(one));
  return one(value);
}

/** One leaf condition as a clause (`考生类型 为 以师承方式学习中医`). */
export function leafSentence(leaf: LeafCondition, ctx: SentenceContext): string {
  const phrase = operatorPhrase(leaf.operator);
  const subject = subjectText(leaf, ctx);
  if (phrase.value === 'none') return `${subject} ${phrase.zh}`;
  if (phrase.value === 'list') return `${subject} ${phrase.zh}：${valueText(leaf, ctx)}`;
  return `${subject} ${phrase.zh} ${valueText(leaf, ctx)}`;
}

/** A condition as a clause; nested groups read 且 (全部), 或 (任一) and 并非 (非). */
export function conditionSentence(condition: Condition, ctx: SentenceContext, nested = false): string {
  if (!isNested(condition)) return leafSentence(condition, ctx);
  if ('not' in condition) return `并非（${conditionSentence(condition.not, ctx, false)}）`;
  const [list, word] = 'all' in condition ? [condition.all, ' 且 '] : [condition.any, ' 或 '];
  if (list.length === 0) return 'all' in condition ? '总是' : '从不';
  const text = list.map((c) => conditionSentence(c, ctx, true)).join(word);
  return nested && list.length > 1 ? `（${text}）` : text;
}

/** A `set` expression as words (`参数「报名费」 加 …`). */
export function expressionText(expression: Expression, ctx: SentenceContext): string {
  if (expression === null || typeof expression !== 'object') return JSON.stringify(expression);
  if ('param' in expression) return paramText(expression.param, ctx);
  if ('data' in expression) return fieldLabel(expression.data, ctx);
  if ('context' in expression) return subjectText({ fact: 'context', path: expression.context }, ctx);
  if ('count' in expression) return subjectText({ fact: 'count', params: expression.where ? { path: expression.count, where: expression.where } : { path: expression.count } }, ctx);
  if ('add' in expression) return `（${expression.add.map((e) => expressionText(e, ctx)).join(' 加 ')}）`;
  if ('format' in expression) {
    // 「合计报考{0}科，共计{1}元」 with each {n} read as its expression in words.
    return `文字「${expression.format.replace(/\{(\d+)\}/g, (whole, n: string) => { const arg = expression.args[Number(n)]; return arg === undefined ? whole : `〔${expressionText(arg, ctx)}〕`; })}」`;
  }
  return `（${expression.multiply.map((e) => expressionText(e, ctx)).join(' 乘 ')}）`;
}

/** A message with its `{param}` placeholders filled from the pack's params. */
function fillParams(message: string, ctx: SentenceContext): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (ctx.params[name] ? String(ctx.params[name]!.value) : whole));
}

function slotLabel(id: string, ctx: SentenceContext): string {
  const slot = ctx.catalog.definition.attachments?.find((s) => s.id === id);
  return slot ? slot.label['zh-CN'] : id;
}

const effectPointer = (p: string, ctx: SentenceContext) => fieldLabel(p.replace(/\/\*(?=\/|$)/, '/*'), ctx);

/** What a rule does when it fires (`要求填写：文化学习经历、…`). */
export function effectSentence(effect: Effect, ctx: SentenceContext): string {
  switch (effect.type) {
    case 'require':
      return `要求填写：${join(effect.params.fields.map((f) => effectPointer(f, ctx)))}`;
    case 'show':
    case 'hide': {
      const targets = [...(effect.params.fields ?? []).map((f) => effectPointer(f, ctx)), ...(effect.params.slots ?? []).map((s) => `附件「${slotLabel(s, ctx)}」`)];
      return effect.type === 'show' ? `显示：${join(targets)}（否则隐藏）` : `隐藏：${join(targets)}`;
    }
    case 'attachment': {
      const counts = [effect.params.min !== undefined ? `至少 ${effect.params.min} 份` : '', effect.params.max !== undefined ? `至多 ${effect.params.max} 份` : ''].filter(Boolean).join('、');
      return `要求上传附件「${slotLabel(effect.params.slot, ctx)}」${counts ? `（${counts}）` : ''}`;
    }
    case 'error':
      return `提示「${fillParams(effect.params.message['zh-CN'], ctx)}」（位置：${effect.params.path ? effectPointer(effect.params.path, ctx) : '整张表'}）`;
    case 'set':
      return `将 ${effectPointer(effect.params.path, ctx)} 设为 ${expressionText(effect.params.value, ctx)}`;
    case 'distinct': {
      const { list, key, where } = effect.params;
      const keyLabel = fieldLabel(`${list}/*${key}`, { ...ctx, forEach: list });
      return `要求${listLabel(list, ctx)}${whereText(where, list, ctx)}各项${keyLabel}互不相同，否则提示「${fillParams(effect.params.message['zh-CN'], ctx)}」`;
    }
    case 'disjoint': {
      const { list, key, where, from } = effect.params;
      const keyLabel = fieldLabel(`${list}/*${key}`, { ...ctx, forEach: list });
      return `要求${listLabel(list, ctx)}${whereText(where, list, ctx)}各项与其${whereText(from, list, ctx).replace(/^中 /, '')}各项${keyLabel}不相同，否则提示「${fillParams(effect.params.message['zh-CN'], ctx)}」`;
    }
    default:
      return JSON.stringify(effect);
  }
}

/** The whole rule as one sentence: "[对每一项 X，]当 … 时，…". */
export function ruleSentence(rule: PackRule, ctx: SentenceContext): string {
  const { forEach: _outer, ...rest } = ctx;
  const inner: SentenceContext = rule.forEach ? { ...rest, forEach: rule.forEach } : rest;
  const when = conditionSentence(rule.conditions, inner);
  const prefix = rule.forEach ? `对每一项${listLabel(rule.forEach, ctx)}，` : '';
  return `${prefix}当 ${when} 时，${effectSentence(rule.event, inner)}`;
}
