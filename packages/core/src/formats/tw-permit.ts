/**
 * `tw-permit`: the Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, 台胞证).
 * 8 digits on the card issued since 2015; older booklets carry a 10-digit number, which is also
 * accepted. Letters, spaces and the bracketed issue count of old booklets are not part of the number.
 */
import { fullMatch, type FormatDefinition } from './format-definition.js';

/** The whole-string pattern: 8 digits (card) or 10 digits (old booklet). */
export const TW_PERMIT_PATTERN = /^(?:\d{8}|\d{10})$/;

/**
 * True when `value` is a 台湾居民来往大陆通行证 number.
 *
 * @example
 * isTwPermit('12345678'); // true
 * isTwPermit('1234567890'); // true (old booklet)
 */
export const isTwPermit: (value: string) => boolean = fullMatch(TW_PERMIT_PATTERN);

/** The `tw-permit` format: 台湾居民来往大陆通行证 number. */
export const twPermitFormat: FormatDefinition = {
  name: 'tw-permit',
  validate: isTwPermit,
  label: { 'zh-CN': '台湾居民来往大陆通行证号码', en: 'Taiwan travel permit number' },
  description: {
    'zh-CN': '台湾居民来往大陆通行证号码：8 位数字；旧版本式证件的 10 位数字号码也可接受。',
    en: 'Mainland travel permit for Taiwan residents: 8 digits; the 10-digit number of older booklets is also accepted.',
  },
};
