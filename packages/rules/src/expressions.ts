/**
 * Value expressions of `set` effects: literals, pack params, data and context reads, counts, sums,
 * products and a text with numbered slots (`{ "format": "合计报考{0}科，共计{1}元", "args": […] }`, the
 * manual's own sentence as data). Small on purpose: anything more is code, not policy.
 */
import { getAt } from '@shenbao/core';
import { countItems } from './count.js';
import type { Expression, PackParam } from './pack-types.js';

/** What an expression reads. */
export interface ExpressionScope {
  data: unknown;
  context: unknown;
  params: Record<string, PackParam>;
}

/** Why an expression has no value. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

const toNumber = (v: unknown, what: string): number => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new ExpressionError(`${what} 不是数字（${JSON.stringify(v) ?? 'undefined'}）`);
};

/** Evaluates an expression; throws {@link ExpressionError} on a missing param or a non-number in arithmetic. */
export function evaluateExpression(expr: Expression, scope: ExpressionScope): unknown {
  if (expr === null || typeof expr !== 'object') return expr;
  if ('param' in expr) {
    if (!Object.prototype.hasOwnProperty.call(scope.params, expr.param)) throw new ExpressionError(`参数 ${expr.param} 不存在`);
    return scope.params[expr.param]!.value;
  }
  if ('data' in expr) return getAt(scope.data, expr.data);
  if ('context' in expr) return getAt(scope.context, expr.context);
  if ('count' in expr) return countItems(scope.data, expr.count, expr.where);
  if ('add' in expr) return expr.add.reduce<number>((sum, e, i) => sum + toNumber(evaluateExpression(e, scope), `add[${i}]`), 0);
  if ('multiply' in expr) return expr.multiply.reduce<number>((p, e, i) => p * toNumber(evaluateExpression(e, scope), `multiply[${i}]`), 1);
  if ('format' in expr) {
    const values = expr.args.map((e, i) => {
      const v = evaluateExpression(e, scope);
      if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string') return String(v);
      throw new ExpressionError(`args[${i}] 不是数字或文字（${JSON.stringify(v) ?? 'undefined'}）`);
    });
    return expr.format.replace(/\{(\d+)\}/g, (whole, n: string) => values[Number(n)] ?? whole);
  }
  throw new ExpressionError(`无法识别的表达式 ${JSON.stringify(expr)}`);
}

/** The pointers and params an expression reads, for lint. */
export function expressionRefs(expr: Expression): { data: string[]; context: string[]; params: string[] } {
  const refs = { data: [] as string[], context: [] as string[], params: [] as string[] };
  const walk = (e: Expression) => {
    if (e === null || typeof e !== 'object') return;
    if ('param' in e) refs.params.push(e.param);
    else if ('data' in e) refs.data.push(e.data);
    else if ('context' in e) refs.context.push(e.context);
    else if ('count' in e) refs.data.push(e.count);
    else if ('add' in e) e.add.forEach(walk);
    else if ('multiply' in e) e.multiply.forEach(walk);
    else if ('format' in e) e.args.forEach(walk);
  };
  walk(expr);
  return refs;
}
