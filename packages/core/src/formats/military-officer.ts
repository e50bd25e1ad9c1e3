/**
 * `military-officer`: the officer's identity card number (军官证号). No public standard was at hand,
 * so the check is permissive. Two shapes are accepted:
 * - 1–2 Chinese characters or uppercase letters, then `字第`, then 6–8 digits, optionally ending in
 *   `号` (e.g. `南字第12345678号`);
 * - 6–12 uppercase letters or digits (newer numbering).
 * The seed manuals advise military candidates to use their resident ID where they can.
 */
import { fullMatch, type FormatDefinition } from './format-definition.js';

/** The whole-string pattern of both accepted shapes. */
export const MILITARY_OFFICER_PATTERN = /^(?:(?:[\u4e00-\u9fff]{1,2}|[A-Z]{1,2})字第\d{6,8}号?|[A-Z0-9]{6,12})$/;

/**
 * True when `value` looks like a 军官证 number.
 *
 * @example
 * isMilitaryOfficer('南字第1234567号'); // true
 * isMilitaryOfficer('AB123456'); // true
 */
export const isMilitaryOfficer: (value: string) => boolean = fullMatch(MILITARY_OFFICER_PATTERN);

/** The `military-officer` format: 军官证 number. */
export const militaryOfficerFormat: FormatDefinition = {
  name: 'military-officer',
  validate: isMilitaryOfficer,
  label: { 'zh-CN': '军官证号码', en: 'military officer ID number' },
  description: {
    'zh-CN':
      '军官证号：1–2 个汉字或大写字母加“字第”和 6–8 位数字（末尾“号”可有可无），' +
      '或 6–12 位大写字母或数字。',
    en:
      'Officer ID number: 1–2 Chinese characters or uppercase letters, then 字第 and 6–8 digits ' +
      '(a final 号 is optional), or 6–12 uppercase letters or digits.',
  },
};
