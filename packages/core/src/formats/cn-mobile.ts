/**
 * `cn-mobile`: a mainland China mobile phone number (手机号码) as dialled domestically:
 * 11 digits, starting with 1, second digit 3–9. No country code, spaces or dashes.
 */
import { fullMatch, type FormatDefinition } from './format-definition.js';

/** The whole-string pattern of a mainland mobile number. */
export const CN_MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/**
 * True when `value` is an 11-digit mainland mobile number.
 *
 * @example
 * isCnMobile('13812341234'); // true
 * isCnMobile('+8613812341234'); // false: no country code
 */
export const isCnMobile: (value: string) => boolean = fullMatch(CN_MOBILE_PATTERN);

/** The `cn-mobile` format: mainland China mobile number. */
export const cnMobileFormat: FormatDefinition = {
  name: 'cn-mobile',
  validate: isCnMobile,
  label: { 'zh-CN': '手机号码', en: 'mobile number' },
  description: {
    'zh-CN': '11 位手机号码：以 1 开头，第二位为 3–9，不含国家代码、空格或连字符。',
    en: '11-digit mainland mobile number: starts with 1, second digit 3–9; no country code, spaces or dashes.',
  },
};
