/**
 * The rule-pack format's types live in `@shenbao/core` (the format is core's); rules re-exports them
 * so existing `@shenbao/rules` imports keep working.
 */
export type { Condition, Effect, Expression, FactName, FactRef, LeafCondition, ListKeyParams, NestedCondition, OperatorName, PackParam, PackRule, ResolvedPack, RulePack } from '@shenbao/core';
export { requirementOf } from '@shenbao/core';
