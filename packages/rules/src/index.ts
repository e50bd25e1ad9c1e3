/**
 * @shenbao/rules — rule packs (json-rules-engine's JSON format, compiled to closures): `evaluate()`, year inheritance, lint, diff and
 * scenarios. DOM-free and Node-free; the CLI and file loading live in `@shenbao/cli`.
 */
export type { Condition, Effect, Expression, FactName, FactRef, LeafCondition, NestedCondition, OperatorName, PackParam, PackRule, ResolvedPack, RulePack } from './pack-types.js';
export { requirementOf } from './pack-types.js';
export { evaluate, type EvaluateOptions, type Evaluation, type SlotState } from './evaluate.js';
export { createEvaluator, type Evaluator } from './evaluator.js';
export { chinaToday } from './context-defaults.js';
export { newestYear, PackResolutionError, resolvePack, resolveStandalone } from './resolve-pack.js';
export { checkPackShape, lintPack } from './lint-pack.js';
export { diffPacks, formatPackDiff, type PackDiff, type ParamChange, type RuleChange } from './diff-packs.js';
export { checkScenarioShape, coverageOf, runScenario, type Coverage, type Scenario, type ScenarioResult } from './scenarios.js';
export { compiledEngine, createPackRuntime, type FiredRule, type PackRuntime, type RuleEngine, type RunFacts } from './pack-runtime.js';
export { compilePack, compiledPackOf, type CompiledPack, type RuleReads } from './compile-pack.js';
export { evaluateExpression, expressionRefs, ExpressionError, type ExpressionScope } from './expressions.js';
export { allOperators, customOperators, engineOperators, operatorNames, compareDates, isEmptyValue, type OperatorDefinition } from './operators/index.js';
export { countItems } from './count.js';
