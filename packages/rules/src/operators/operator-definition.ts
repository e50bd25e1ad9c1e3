/**
 * The shape of a custom operator: a name and a pure comparison of the fact's value with the
 * condition's value.
 */

/** A custom json-rules-engine operator, as data. */
export interface OperatorDefinition {
  name: string;
  evaluate: (factValue: unknown, compareTo: unknown) => boolean;
  /** When false, the operator only runs for string facts (json-rules-engine's fact validator). */
  acceptsAnyFact?: boolean;
}
