/**
 * The shape of an operator: a name and a pure comparison of the fact's value with the
 * condition's value.
 */

/** An operator of the pack language, as data (json-rules-engine's own and shenbao's custom ones). */
export interface OperatorDefinition {
  name: string;
  /** The comparison; it should not throw (the compiled runtime short-circuits around operators that cannot). */
  evaluate: (factValue: unknown, compareTo: unknown) => boolean;
  /** When false, the operator only runs for string facts (json-rules-engine's fact validator). */
  acceptsAnyFact?: boolean;
  /** json-rules-engine's fact validator: the comparison runs only when it holds (default: always). */
  validFact?: (factValue: unknown) => boolean;
  /** The operator throws unless the condition's value is an array or string (json-rules-engine's `in`). */
  needsListValue?: boolean;
}
