/**
 * `hk-macau-permit`: the Mainland Travel Permit for Hong Kong and Macau Residents
 * (港澳居民来往内地通行证, 回乡证). `H` (Hong Kong) or `M` (Macau) followed by 8 digits on the card
 * issued since 2013, or by 10 digits on older booklets. Uppercase letter only.
 */
import { fullMatch, type FormatDefinition } from './format-definition.js';

/** The whole-string pattern: H or M, then 8 (card) or 10 (old booklet) digits. */
export const HK_MACAU_PERMIT_PATTERN = /^[HM](?:\d{8}|\d{10})$/;

/**
 * True when `value` is a 港澳居民来往内地通行证 number.
 *
 * @example
 * isHkMacauPermit('H12345678'); // true
 * isHkMacauPermit('M1234567890'); // true (old booklet)
 */
export const isHkMacauPermit: (value: string) => boolean = fullMatch(HK_MACAU_PERMIT_PATTERN);

/** The `hk-macau-permit` format: 港澳居民来往内地通行证 number. */
export const hkMacauPermitFormat: FormatDefinition = {
  name: 'hk-macau-permit',
  validate: isHkMacauPermit,
  label: { 'zh-CN': '港澳居民来往内地通行证号码', en: 'Home Return Permit number' },
  description: {
    'zh-CN': '港澳居民来往内地通行证号码：大写 H（香港）或 M（澳门）加 8 位数字；旧版本式证件为 H/M 加 10 位数字。',
    en:
      'Mainland travel permit for Hong Kong and Macau residents: uppercase H (Hong Kong) or M (Macau) ' +
      'followed by 8 digits; older booklets have 10 digits.',
  },
};
