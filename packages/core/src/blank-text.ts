/**
 * Filled means filled (COMMON-8): a text made only of whitespace (incl. the ideographic space
 * U+3000), control characters (NUL …), format characters (zero-width space, joiners, BOM, bidi
 * marks) or the replacement character U+FFFD carries nothing a reviewer can read, so it counts as
 * empty. The one test browser and server share through `evaluate()`.
 */

const BLANK = /^[\s\p{Zs}\p{Cc}\p{Cf}\u2028\u2029\uFFFD]*$/u;

/** Whether a string carries no visible content (empty, whitespace, control/format characters, U+FFFD). */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  // Fast path: a first character that is plainly visible (printable ASCII, CJK ideographs) settles it.
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return false;
  return BLANK.test(text);
}

/** Whether a value is not filled in: undefined, null, a blank string, an empty array or object. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isBlankText(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}
