/**
 * Masking of identity and phone numbers for read-only and confirmation views (COMMON-4), e.g.
 * `4201**********123X` and `138****1234`. Masking counts Unicode code points, so a character outside
 * the Basic Multilingual Plane is never split in half. The functions never throw: any string (and,
 * at run time, any non-string, which becomes '') gives a string of the same code-point length.
 */

/** What kind of value is masked. */
export type MaskKind = 'id' | 'phone';

/** The character that replaces hidden characters. */
export const MASK_CHAR = '*';

/** Keeps `head` leading and `tail` trailing code points and stars everything between. */
function keepEnds(chars: string[], head: number, tail: number): string {
  const hidden = chars.length - head - tail;
  if (hidden <= 0) return MASK_CHAR.repeat(chars.length);
  return chars.slice(0, head).join('') + MASK_CHAR.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/** Splits a value into code points; non-strings become an empty list. */
function codePoints(value: unknown): string[] {
  return typeof value === 'string' ? Array.from(value) : [];
}

/**
 * Masks a document number: 9 or more characters keep the first 4 and last 4; 6–8 characters keep
 * the first 2 and last 2; fewer than 6 are hidden entirely.
 *
 * @example
 * maskId('42010619900101123X'); // '4201**********123X'
 * maskId('H1234567');           // 'H1****67'
 */
export function maskId(value: string): string {
  const chars = codePoints(value);
  if (chars.length >= 9) return keepEnds(chars, 4, 4);
  if (chars.length >= 6) return keepEnds(chars, 2, 2);
  return MASK_CHAR.repeat(chars.length);
}

/**
 * Masks a phone number: an 11-digit mobile number keeps the first 3 and last 4 digits. Other
 * values of 11 or more characters (landlines with area code, `+86…`) keep the first 3 and last 4
 * as well; 6–10 characters keep the first 2 and last 2; fewer than 6 are hidden entirely.
 *
 * @example
 * maskPhone('13812341234'); // '138****1234'
 * maskPhone('87654321');    // '87****21'
 */
export function maskPhone(value: string): string {
  const chars = codePoints(value);
  if (chars.length >= 11) return keepEnds(chars, 3, 4);
  if (chars.length >= 6) return keepEnds(chars, 2, 2);
  return MASK_CHAR.repeat(chars.length);
}

/**
 * Masks a value by kind: `id` uses {@link maskId}, `phone` uses {@link maskPhone}.
 *
 * @example
 * maskValue('13812341234', 'phone'); // '138****1234'
 */
export function maskValue(value: string, kind: MaskKind): string {
  return kind === 'phone' ? maskPhone(value) : maskId(value);
}
