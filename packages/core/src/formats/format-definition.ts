/**
 * The shape of a string format: a name that JSON Schema `format` keywords use, a pure check and a
 * description people can read. Formats are kept as an array of small definitions (like ajv's keyword
 * list), so a host can add or replace one without touching the validator.
 */
import type { LocalizedText } from '../types.js';

/** A named string format, checked by a pure function. */
export interface FormatDefinition {
  /** The name used in a schema's `format` keyword, e.g. `cn-id`. */
  name: string;
  /**
   * Returns true when the whole value matches the format. Never throws; leading or trailing white
   * space makes a value invalid (input normalisation is the caller's job).
   */
  validate: (value: string) => boolean;
  /** The short name of what the format is, for messages (`身份证号 不是有效的居民身份证号码`). */
  label: LocalizedText;
  /** What the format accepts, for help texts and documentation. */
  description: LocalizedText;
}

/**
 * Builds a `validate` function from a regular expression that must match the whole string.
 *
 * @example
 * const digits = fullMatch(/^\d+$/);
 * digits('123'); // true
 */
export function fullMatch(pattern: RegExp): (value: string) => boolean {
  return (value: string): boolean => typeof value === 'string' && pattern.test(value);
}
