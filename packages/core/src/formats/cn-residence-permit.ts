/**
 * `cn-residence-permit`: the residence permit for Hong Kong, Macau and Taiwan residents
 * (港澳台居民居住证). The number follows the resident ID rule (GB 11643: birth date and check
 * character) with a fixed area prefix: 810000 Hong Kong, 820000 Macau, 830000 Taiwan.
 */
import { parseCnId } from './cn-id.js';
import type { FormatDefinition } from './format-definition.js';

/** Where a residence permit holder comes from, by area prefix. */
export type ResidencePermitRegion = 'hong-kong' | 'macau' | 'taiwan';

/** The area prefixes of residence permits and the region each stands for. */
export const RESIDENCE_PERMIT_PREFIXES: Readonly<Record<string, ResidencePermitRegion>> = Object.freeze({
  '810000': 'hong-kong',
  '820000': 'macau',
  '830000': 'taiwan',
});

/**
 * Returns the holder's region when `value` is a valid residence permit number, otherwise null.
 *
 * @example
 * residencePermitRegion('810000199408230021'); // 'hong-kong'
 */
export function residencePermitRegion(value: string, today: Date = new Date()): ResidencePermitRegion | null {
  const info = parseCnId(value, today);
  if (info === null) return null;
  return RESIDENCE_PERMIT_PREFIXES[info.areaCode] ?? null;
}

/** True when `value` is a valid 港澳台居民居住证 number. */
export function isCnResidencePermit(value: string): boolean {
  return residencePermitRegion(value) !== null;
}

/** The `cn-residence-permit` format: 港澳台居民居住证 number. */
export const cnResidencePermitFormat: FormatDefinition = {
  name: 'cn-residence-permit',
  validate: isCnResidencePermit,
  label: { 'zh-CN': '港澳台居民居住证号码', en: 'residence permit number' },
  description: {
    'zh-CN':
      '18 位港澳台居民居住证号码：以 810000（香港）、820000（澳门）或 830000（台湾）开头，' +
      '出生日期须为真实日期，末位为校验码（0–9 或大写 X）。',
    en:
      '18-character residence permit number for Hong Kong, Macau and Taiwan residents: starts with ' +
      '810000 (Hong Kong), 820000 (Macau) or 830000 (Taiwan), real birth date, GB 11643 check character ' +
      '(0–9 or uppercase X).',
  },
};
