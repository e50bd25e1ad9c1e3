/**
 * `cn-id`: the 18-character Chinese resident identity number (居民身份证号码, GB 11643).
 * Layout: 6-digit area code, birth date YYYYMMDD, 3-digit sequence (odd = male, even = female) and a
 * check character computed from the first 17 digits.
 */
import type { FormatDefinition } from './format-definition.js';

/** The fields read from a valid identity number. */
export interface CnIdInfo {
  /** The 6-digit area code (行政区划代码) the number was issued under. */
  areaCode: string;
  /** Birth date as `YYYY-MM-DD`. */
  birthDate: string;
  /** From the sequence number: odd is male, even is female. */
  gender: 'male' | 'female';
}

/** Weights of the first 17 digits in the GB 11643 check. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each remainder 0…10 of the weighted sum modulo 11. */
const CHECK_CHARS = '10X98765432';
/** The earliest birth year accepted; the published sample `440524188001010014` is from 1880. */
export const CN_ID_MIN_BIRTH_YEAR = 1800;

const SHAPE = /^[1-9]\d{16}[\dX]$/;

/**
 * Computes the GB 11643 check character for the first 17 digits of an identity number.
 * Throws a RangeError when `first17` is not exactly 17 ASCII digits.
 *
 * @example
 * cnIdCheckDigit('11010519491231002'); // 'X'
 */
export function cnIdCheckDigit(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}$/.test(first17)) {
    throw new RangeError('cnIdCheckDigit expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** True when year-month-day is a real calendar date (Gregorian, leap years included). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

/** The number written by the ASCII digits `value[from, to)`. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (value.charCodeAt(i) - 48);
  return n;
}

/** A local date as a comparable number YYYYMMDD. */
const dateNumber = (date: Date): number => date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();

/**
 * Whether `value` is a valid number whose birth date is not after `today` (YYYYMMDD), read with
 * character arithmetic: no slices, no intermediate strings (ajv checks every ID number on every
 * evaluation).
 */
function validCnId(value: string, today: number): boolean {
  if (!SHAPE.test(value)) return false;
  const year = digitsAt(value, 6, 10);
  const month = digitsAt(value, 10, 12);
  const day = digitsAt(value, 12, 14);
  if (year < CN_ID_MIN_BIRTH_YEAR || !isCalendarDate(year, month, day)) return false;
  if (year * 10_000 + month * 100 + day > today) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (value.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS.charCodeAt(sum % 11) === value.charCodeAt(17);
}

/**
 * Reads an 18-character GB 11643 number: shape, birth date (real date, year ≥ 1800, not after
 * `today`) and check character. Returns null when any part is wrong. Only uppercase `X` is accepted.
 *
 * @example
 * parseCnId('11010519491231002X');
 * // { areaCode: '110105', birthDate: '1949-12-31', gender: 'female' }
 */
export function parseCnId(value: string, today: Date = new Date()): CnIdInfo | null {
  if (typeof value !== 'string' || !validCnId(value, dateNumber(today))) return null;
  return {
    areaCode: value.slice(0, 6),
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    gender: digitsAt(value, 14, 17) % 2 === 1 ? 'male' : 'female',
  };
}

/** True when `value` is a valid 18-character resident identity number. */
export function isCnId(value: string): boolean {
  return typeof value === 'string' && validCnId(value, dateNumber(new Date()));
}

/** The `cn-id` format: resident identity number (居民身份证号码). */
export const cnIdFormat: FormatDefinition = {
  name: 'cn-id',
  validate: isCnId,
  label: { 'zh-CN': '居民身份证号码', en: 'resident ID number' },
  description: {
    'zh-CN':
      '18 位居民身份证号码：前 17 位为数字（首位 1–9），出生日期须为真实日期且不晚于今天，' +
      '末位为 GB 11643 校验码（0–9 或大写 X）。',
    en:
      '18-character resident ID number: 17 digits (the first 1–9) with a real birth date not in the ' +
      'future, then the GB 11643 check character (0–9 or uppercase X).',
  },
};
