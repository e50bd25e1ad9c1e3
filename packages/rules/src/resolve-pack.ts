/**
 * Year inheritance: a pack that `extends` an earlier year holds only its changes (params by name,
 * rules added or replaced by id, rules removed by id). Resolving walks the chain oldest first.
 */
import type { PackRule, ResolvedPack, RulePack } from './pack-types.js';

/** Why a pack chain cannot be resolved. */
export class PackResolutionError extends Error {
  /** Machine-readable reason. */
  readonly code: 'missing-year' | 'missing-parent' | 'cycle' | 'wrong-form' | 'parent-not-earlier' | 'remove-unknown';
  constructor(code: PackResolutionError['code'], message: string) {
    super(message);
    this.name = 'PackResolutionError';
    this.code = code;
  }
}

/** The newest year among a form's packs (the year a pack list resolves to when none is given); `undefined` for none. */
export function newestYear(packs: readonly Pick<RulePack, 'year'>[]): number | undefined {
  return packs.length ? Math.max(...packs.map((p) => p.year)) : undefined;
}

/** Resolves the pack of `year` (default: the newest, {@link newestYear}) from all packs of one form (any order). */
export function resolvePack(packs: readonly RulePack[], year: number | undefined = newestYear(packs)): ResolvedPack {
  if (year === undefined) throw new PackResolutionError('missing-year', '没有规则包');
  const byYear = new Map(packs.map((p) => [p.year, p]));
  const chain: RulePack[] = [];
  let current = byYear.get(year);
  if (!current) {
    const known = [...byYear.keys()].sort().join(', ') || '无';
    throw new PackResolutionError('missing-year', `没有 ${year} 年的规则包（已有：${known}）`);
  }
  const seen = new Set<number>();
  while (current) {
    if (seen.has(current.year)) throw new PackResolutionError('cycle', `规则包继承出现循环：${[...seen, current.year].join(' → ')}`);
    seen.add(current.year);
    chain.unshift(current);
    if (current.extends === undefined) break;
    const parent = byYear.get(current.extends);
    if (!parent) throw new PackResolutionError('missing-parent', `${current.year} 年规则包继承的 ${current.extends} 年规则包不存在`);
    if (parent.form !== current.form) throw new PackResolutionError('wrong-form', `${current.extends} 年规则包属于表单 ${parent.form}，不是 ${current.form}`);
    current = parent;
  }
  // Checked after the walk, so that packs extending each other are reported as the cycle they are.
  for (const pack of chain) {
    if (pack.extends !== undefined && pack.extends >= pack.year) {
      throw new PackResolutionError('parent-not-earlier', `${pack.year} 年规则包继承的 ${pack.extends} 年不早于本年`);
    }
  }

  const params: ResolvedPack['params'] = {};
  let rules: PackRule[] = [];
  for (const pack of chain) {
    Object.assign(params, pack.params ?? {});
    for (const id of pack.remove ?? []) {
      if (!rules.some((r) => r.id === id)) {
        throw new PackResolutionError('remove-unknown', `${pack.year} 年规则包要删除的规则 ${id} 在继承的规则中不存在`);
      }
      rules = rules.filter((r) => r.id !== id);
    }
    for (const rule of pack.rules) {
      const at = rules.findIndex((r) => r.id === rule.id);
      if (at === -1) rules.push(rule);
      else rules[at] = rule;
    }
  }
  return { form: chain[chain.length - 1]!.form, year, chain: chain.map((p) => p.year), params, rules };
}

/** Wraps a single stand-alone pack (no `extends`) as resolved. */
export function resolveStandalone(pack: RulePack): ResolvedPack {
  if (pack.extends !== undefined) {
    throw new PackResolutionError('missing-parent', `${pack.year} 年规则包继承 ${pack.extends} 年，需要同时提供该年的规则包`);
  }
  return resolvePack([pack], pack.year);
}
