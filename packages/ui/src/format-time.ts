/**
 * Times as candidates and units in Hubei read them: always in China time (Asia/Shanghai, UTC+8),
 * whatever the device's time zone, so a candidate abroad and the reviewing unit see the same time.
 * zh-CN `2024年5月1日 14:03`, en `2024-05-01 14:03 (UTC+8)`.
 */
import type { Locale } from '@shenbao/core';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formats an ISO 8601 time in China time; a value that is not a valid time is returned as it is.
 *
 * @example
 * formatChinaTime('2024-05-01T06:03:00Z', 'zh-CN'); // '2024年5月1日 14:03'
 * formatChinaTime('2024-05-01T06:03:00Z', 'en');    // '2024-05-01 14:03 (UTC+8)'
 */
export function formatChinaTime(iso: string, locale: Locale = 'zh-CN'): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return String(iso ?? '');
  const p: Record<string, string> = {};
  for (const { type, value } of parts.formatToParts(time)) p[type] = value;
  if (locale === 'zh-CN') return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
  // Every other locale reads the ISO date with the zone named (no catalog text: a date format, not words).
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (UTC+8)`;
}
