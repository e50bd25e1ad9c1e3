/**
 * `passport`: a foreign passport number. Numbering differs by issuing country, so the check is
 * deliberately loose: 5 to 17 uppercase Latin letters or digits, nothing else (no spaces, dashes or
 * lowercase). Country-specific rules belong in a rule pack.
 */
import { fullMatch, type FormatDefinition } from './format-definition.js';

/** The whole-string pattern: 5–17 uppercase letters or digits. */
export const PASSPORT_PATTERN = /^[A-Z0-9]{5,17}$/;

/**
 * True when `value` looks like a passport number.
 *
 * @example
 * isPassport('E12345678'); // true
 * isPassport('e12345678'); // false: lowercase
 */
export const isPassport: (value: string) => boolean = fullMatch(PASSPORT_PATTERN);

/** The `passport` format: foreign passport number. */
export const passportFormat: FormatDefinition = {
  name: 'passport',
  validate: isPassport,
  label: { 'zh-CN': '护照号码', en: 'passport number' },
  description: {
    'zh-CN': '护照号码：5–17 位大写英文字母或数字，不含空格和其他符号。',
    en: 'Passport number: 5–17 uppercase Latin letters or digits, no spaces or other symbols.',
  },
};
