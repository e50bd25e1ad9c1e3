/**
 * Test support for rules' tests of computed values (`set` effects) on the TCM expertise form, which
 * has no fee field of its own: a standalone 2024 pack whose one rule, TCM-4.fee, writes a fee to
 * 通讯地址 (`/applicant/address`), and a scenario's data without the address, so the computed value is
 * the only one there.
 */
import type { Expression, NestedCondition, PackParam, ResolvedPack } from '../src/pack-types.js';
import { resolveStandalone } from '../src/resolve-pack.js';

/** The pointer the fee rule writes to. */
export const feePath = '/applicant/address';

/** A tcm-expertise 2024 pack with `params` and one rule: when `conditions` hold, {@link feePath} is set to `value`. */
export function addressFeePack(params: Record<string, PackParam>, conditions: NestedCondition, value: Expression): ResolvedPack {
  return resolveStandalone({
    form: 'tcm-expertise',
    year: 2024,
    params,
    rules: [{ id: 'TCM-4.fee', description: '审核费（写到通讯地址只为测试计算值）', conditions, event: { type: 'set', params: { path: feePath, value } } }],
  });
}

/** A copy of a declaration without its address (the field the fee rule writes). */
export function withoutAddress(data: unknown): { applicant: Record<string, unknown> } {
  const copy = structuredClone(data) as { applicant: Record<string, unknown> };
  delete copy.applicant.address;
  return copy;
}
