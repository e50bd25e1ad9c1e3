/**
 * Masking of identity and phone numbers for read-only and confirmation views (COMMON-4), e.g.
 * `4201**********123X` and `138****1234`. Masking counts Unicode code points, so a character outside
 * the Basic Multilingual Plane is never split in half. The functions never throw: any string (and,
 * at run time, any non-string, which becomes '') gives a string of the same code-point length.
 * Numbers that carry a resident ID inside them (a 资格证书编号 such as `199742110420102196505120037`)
 * are found by {@link findEmbeddedIds} and masked by {@link maskEmbeddedIds}.
 */
import { parseCnId } from './formats/cn-id.js';

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

/** Where an embedded resident ID sits in a text: its start (UTF-16 index) and the ID itself. */
export interface EmbeddedId {
  index: number;
  id: string;
}

/**
 * The valid 18-character resident ID numbers (GB 11643: area, real birth date, check character)
 * inside a text, leftmost first and not overlapping. A run of digits shorter than 18 never
 * matches; a run longer than 18 is searched at every offset (a certificate number that prefixes
 * the holder's ID with a year and an issuer code).
 *
 * @example
 * findEmbeddedIds('199742110420102196505120037'); // [{ index: 9, id: '420102196505120037' }]
 */
export function findEmbeddedIds(text: string, today: Date = new Date()): EmbeddedId[] {
  if (typeof text !== 'string' || text.length < 18) return [];
  const found: EmbeddedId[] = [];
  for (const run of text.matchAll(/[0-9X]{18,}/g)) {
    const digits = run[0];
    for (let i = 0; i + 18 <= digits.length; i++) {
      const id = digits.slice(i, i + 18);
      if (id.slice(0, 17).includes('X') || parseCnId(id, today) === null) continue;
      found.push({ index: run.index + i, id });
      i += 17;
    }
  }
  return found;
}

/**
 * Masks every resident ID embedded in a text as {@link maskId} masks an ID, leaving the rest as it
 * is; a text without one comes back unchanged.
 *
 * @example
 * maskEmbeddedIds('199742110420102196505120037'); // '1997421104201**********0037'
 */
export function maskEmbeddedIds(text: string, today: Date = new Date()): string {
  if (typeof text !== 'string') return '';
  let out = text;
  for (const { index, id } of findEmbeddedIds(text, today)) out = out.slice(0, index) + maskId(id) + out.slice(index + 18);
  return out;
}

/**
 * Masks a value for a reader who need not see it: by its kind when the schema gives one, else
 * any resident ID embedded in it.
 *
 * @example
 * maskForReader('13812341234', 'phone');            // '138****1234'
 * maskForReader('199742110420102196505120037');     // '1997421104201**********0037'
 */
export function maskForReader(value: string, kind?: MaskKind): string {
  return kind === undefined ? maskEmbeddedIds(value) : maskValue(value, kind);
}
