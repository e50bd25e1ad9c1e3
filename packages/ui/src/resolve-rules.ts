/**
 * The rules a `<shenbao-form>` is given, in any of the shapes a host has at hand — one pack file,
 * every pack of the form with the year to apply, or a pack already resolved — made into the one
 * resolved pack `evaluate()` takes.
 */
import { resolvePack, resolveStandalone, type ResolvedPack, type RulePack } from '@shenbao/rules';

/** Anything `rules` accepts: one pack file, all packs of the form (with `year`), or a resolved pack. */
export type RulesInput = RulePack | readonly RulePack[] | ResolvedPack;

/** A resolved pack carries the chain of packs it was made from; a pack file has none. */
const isResolved = (r: RulesInput): r is ResolvedPack => !Array.isArray(r) && Array.isArray((r as ResolvedPack).chain);

/**
 * The resolved pack of a form's `rules`: a resolved pack as it is; a list of packs resolved for
 * `year` (default: the latest year in the list); a single pack on its own (it may not extend
 * another). Throws the `PackResolutionError` of `@shenbao/rules` when a year or parent is missing.
 *
 * @example
 * resolveRules([pack2023, pack2024], 2024); // 2024's rules over 2023's
 * resolveRules(pack2024, undefined); // a pack that extends none
 * resolveRules(resolvePack(packs, 2024), undefined); // as it is
 */
export function resolveRules(rules: RulesInput, year: number | undefined): ResolvedPack {
  if (isResolved(rules)) return rules;
  if (Array.isArray(rules)) return resolvePack(rules as RulePack[], year);
  return resolveStandalone(rules as RulePack);
}
