/**
 * Editing one year's pack as the delta it is: a year that `extends` another holds only what changes
 * (params whose value differs, rules added or changed, `remove` for inherited rules dropped). Every
 * function is pure and returns a new pack, so undo is keeping the old one.
 */
import { resolvePack, type PackParam, type PackRule, type ResolvedPack, type RulePack } from '@shenbao/rules';

/** Whether a rule or param is inherited unchanged, changed this year, new this year, or of a year that extends none (`base`). */
export type ChangeStatus = 'inherited' | 'changed' | 'new' | 'base';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const clone = <T>(v: T): T => structuredClone(v);

/** The packs of the form with `draft` in place of the file of its year. */
export function withDraft(packs: readonly RulePack[], draft: RulePack): RulePack[] {
  return [...packs.filter((p) => p.year !== draft.year), draft].sort((a, b) => a.year - b.year);
}

/** The draft resolved over its parents (throws the `PackResolutionError` of a broken chain). */
export function resolveDraft(packs: readonly RulePack[], draft: RulePack): ResolvedPack {
  return resolvePack(withDraft(packs, draft), draft.year);
}

/** The resolved parent year of a draft, if it extends one. */
export function parentOf(packs: readonly RulePack[], draft: RulePack): ResolvedPack | undefined {
  if (draft.extends === undefined) return undefined;
  return resolvePack(packs.filter((p) => p.year !== draft.year), draft.extends);
}

/** The draft resolved and its resolved parent, or the message of a broken chain (never throws). */
export function resolveWithParent(packs: readonly RulePack[], draft: RulePack): { resolved: ResolvedPack; parent: ResolvedPack | undefined } | { error: string } {
  try {
    return { resolved: resolveDraft(packs, draft), parent: parentOf(packs, draft) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The `extends` chain of a year, oldest first (`[2022, 2024, 2025]`); stops at a missing year. */
export function chainOf(packs: readonly RulePack[], year: number): number[] {
  const byYear = new Map(packs.map((p) => [p.year, p]));
  const chain: number[] = [];
  for (let p = byYear.get(year); p && !chain.includes(p.year); p = p.extends === undefined ? undefined : byYear.get(p.extends)) chain.unshift(p.year);
  return chain;
}

/** A new year's pack: extends the newest year and holds nothing yet. */
export function newYearPack(packs: readonly RulePack[], year: number): RulePack {
  if (!packs.length) throw new Error('这个表单还没有任何年度的规则包，无法继承');
  const newest = [...packs].sort((a, b) => b.year - a.year)[0]!;
  if (year <= newest.year) throw new Error(`新年度 ${year} 必须晚于已有的最新年度 ${newest.year}`);
  const pack: RulePack = { form: newest.form, year, extends: newest.year, description: `${year} 年规则（在 ${newest.year} 年基础上修改）`, rules: [] };
  if (newest.$schema) return { $schema: newest.$schema, ...pack };
  return pack;
}

/** Sets a param's value; a value equal to the inherited one is dropped from the delta. */
export function setParam(packs: readonly RulePack[], draft: RulePack, name: string, value: unknown, description?: string): RulePack {
  const parent = parentOf(packs, draft)?.params[name];
  const next = clone(draft);
  const params: Record<string, PackParam> = { ...(next.params ?? {}) };
  const text = description ?? params[name]?.description ?? parent?.description ?? name;
  if (parent && same(parent.value, value) && text === parent.description) delete params[name];
  else params[name] = { value, description: text };
  if (Object.keys(params).length) next.params = params;
  else delete next.params;
  return next;
}

/** Adds or replaces a rule; a rule equal to the inherited one is dropped from the delta. */
export function upsertRule(packs: readonly RulePack[], draft: RulePack, rule: PackRule, previousId: string = rule.id): RulePack {
  let next = clone(draft);
  if (previousId !== rule.id) next = removeRule(packs, next, previousId);
  const inherited = parentOf(packs, next)?.rules.find((r) => r.id === rule.id);
  next.remove = (next.remove ?? []).filter((id) => id !== rule.id);
  if (!next.remove.length) delete next.remove;
  const at = next.rules.findIndex((r) => r.id === rule.id);
  if (inherited && same(inherited, rule)) {
    if (at !== -1) next.rules.splice(at, 1);
  } else if (at === -1) next.rules.push(clone(rule));
  else next.rules[at] = clone(rule);
  return next;
}

/** Removes a rule: drops it from this year and, when inherited, writes it into `remove`. */
export function removeRule(packs: readonly RulePack[], draft: RulePack, id: string): RulePack {
  const next = clone(draft);
  next.rules = next.rules.filter((r) => r.id !== id);
  if (parentOf(packs, next)?.rules.some((r) => r.id === id) && !(next.remove ?? []).includes(id)) next.remove = [...(next.remove ?? []), id];
  return next;
}

/** Whether a rule of the resolved draft is inherited, changed or new this year. */
export function ruleStatus(parent: ResolvedPack | undefined, draft: RulePack, id: string): ChangeStatus {
  if (draft.extends === undefined) return 'base';
  const own = draft.rules.some((r) => r.id === id);
  if (!own) return 'inherited';
  return parent?.rules.some((r) => r.id === id) ? 'changed' : 'new';
}

/** Whether a param of the resolved draft is inherited, changed or new this year. */
export function paramStatus(parent: ResolvedPack | undefined, draft: RulePack, name: string): ChangeStatus {
  if (draft.extends === undefined) return 'base';
  if (!draft.params?.[name]) return 'inherited';
  return parent?.params[name] ? 'changed' : 'new';
}

/** Status labels as the cards show them. */
export const statusLabels: Record<ChangeStatus, string> = { inherited: '继承', changed: '本年修改', new: '本年新增', base: '本年规则' };
