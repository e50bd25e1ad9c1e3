/**
 * The rule-pack format's types: packs, rules, conditions and effects; `@shenbao/rules/schema/rule-pack.schema.json` checks the
 * same shapes at run time and gives editors completion.
 */
import type { LocalizedText } from './types.js';

/** The facts a condition may read. */
export type FactName = 'data' | 'context' | 'params' | 'count' | 'item' | 'index';

/** shenbao's operators: json-rules-engine's own plus empty/notEmpty and date comparisons. */
export type OperatorName =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'empty'
  | 'notEmpty'
  | 'before'
  | 'after'
  | 'notBefore'
  | 'notAfter'
  | 'within1MonthBefore'
  | 'within6MonthsBefore'
  | 'idBirthDateDiffers'
  | 'idGenderDiffers';

/** A reference to a fact's value, usable as a condition `value`. */
export interface FactRef {
  fact: FactName;
  path?: string;
}

/** A leaf condition: fact (at path) operator value. */
export interface LeafCondition {
  fact: FactName;
  path?: string;
  params?: { path: string; where?: Record<string, unknown> };
  operator: OperatorName;
  value: unknown;
}

/** A nested condition: all / any / not. */
export type NestedCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** Any condition. */
export type Condition = LeafCondition | NestedCondition;

/** A value expression of a `set` effect. */
export type Expression =
  | number
  | string
  | boolean
  | null
  | { param: string }
  | { data: string }
  | { context: string }
  | { count: string; where?: Record<string, unknown> }
  | { add: Expression[] }
  | { multiply: Expression[] }
  | { format: string; args: Expression[] };

/** The one effect a rule has when its conditions hold. */
export type Effect =
  | { type: 'require'; params: { fields: string[] } }
  | { type: 'show' | 'hide'; params: { fields?: string[]; slots?: string[] } }
  | { type: 'attachment'; params: { slot: string; min?: number; max?: number } }
  | { type: 'error'; params: { path: string; code: string; message: LocalizedText } }
  | { type: 'set'; params: { path: string; value: Expression } }
  | { type: 'distinct'; params: ListKeyParams }
  | { type: 'disjoint'; params: ListKeyParams & { where: Record<string, unknown>; from: Record<string, unknown> } };

/** Params of the rules across list items (`distinct`, `disjoint`). */
export interface ListKeyParams {
  /** The array whose items are compared (`/teachers`). */
  list: string;
  /** The pointer in an item that identifies it (`/idNumber`); compared trimmed, case-insensitively; blank keys are skipped. */
  key: string;
  /** Only items whose values at these pointers equal the given values (`{"/role": "recommender"}`). */
  where?: Record<string, unknown>;
  code: string;
  /** Placeholders: `{index}`/`{otherIndex}` (place within its group), `{item}`/`{otherItem}` (place in the list). */
  message: LocalizedText;
}

/** One rule: the requirement it implements, when, and what follows. */
export interface PackRule {
  /** Requirement id with optional suffix, unique in the pack (`TCM-4.guidance-teacher`). */
  id: string;
  description: string;
  /** Run once per item of this array (facts `item`, `index`; `*` in effect pointers = the index). */
  forEach?: string;
  /** json-rules-engine's rule priority: higher runs (and fires) first; default 1. */
  priority?: number;
  conditions: NestedCondition;
  event: Effect;
}

/** A named pack value with its meaning for policy staff. */
export interface PackParam {
  value: unknown;
  description: string;
}

/** A rule pack file as written: one form, one year, possibly extending an earlier year. */
export interface RulePack {
  $schema?: string;
  form: string;
  year: number;
  extends?: number;
  description?: string;
  params?: Record<string, PackParam>;
  remove?: string[];
  rules: PackRule[];
}

/** A pack with its inheritance applied: every rule and param in force that year. */
export interface ResolvedPack {
  form: string;
  year: number;
  /** Years from the oldest ancestor to this one. */
  chain: number[];
  params: Record<string, PackParam>;
  rules: PackRule[];
}

/** The requirement id of a rule id (`TCM-4.guidance-teacher` → `TCM-4`). */
export function requirementOf(ruleId: string): string {
  const dot = ruleId.indexOf('.');
  return dot === -1 ? ruleId : ruleId.slice(0, dot);
}

/** A scenario file's content: a declaration with its expected evaluation (`shenbao rules test` runs it). */
export interface Scenario {
  $schema?: string;
  name: string;
  description?: string;
  requirements: string[];
  year?: number;
  data: unknown;
  context?: Record<string, unknown>;
  expect: {
    complete: boolean;
    issues?: { path: string; code: string; message?: string }[];
    required?: string[];
    notRequired?: string[];
    visible?: string[];
    hidden?: string[];
    attachments?: Record<string, { min?: number; max?: number }>;
    computed?: Record<string, unknown>;
    /** Pointers whose values the declaration as stored leaves out (hidden / not applicable, COMMON-9). */
    notStored?: string[];
    /** Pointers whose values the declaration as stored keeps. */
    stored?: string[];
  };
}
