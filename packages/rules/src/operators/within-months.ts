/**
 * `within1MonthBefore`, `within6MonthsBefore` …: a document date lies in the N calendar months up to
 * and including the value's date (COMMON-13: 「近一个月社保证明」, 「近期（6个月内）」照片,
 * 「6个月内有效」的学历认证报告). Both sides are full `YYYY-MM-DD` dates; anything else is false, so a
 * missing date never counts as recent. The window starts on the same day N months earlier (the last
 * day of that month when it is shorter: 6 months before 2024-08-31 is 2024-02-29). A date after the
 * value's date is not within (a document cannot come from the future).
 */
import type { OperatorDefinition } from './operator-definition.js';

const FULL_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `months` calendar months before `date` (YYYY-MM-DD), the day clamped to the month's end; `undefined` when `date` is not a full date. */
export function monthsBefore(date: string, months: number): string | undefined {
  const m = FULL_DATE.exec(date);
  if (!m) return undefined;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `fact` is a full date in the `months` months up to and including `reference`. */
export function isWithinMonthsBefore(fact: unknown, reference: unknown, months: number): boolean {
  if (typeof fact !== 'string' || typeof reference !== 'string' || !FULL_DATE.test(fact)) return false;
  const start = monthsBefore(reference, months);
  return start !== undefined && fact >= start && fact <= reference;
}

/** An operator for a fixed number of months: `within<N>Month(s)Before`. */
export function withinMonthsBefore(months: number): OperatorDefinition {
  return {
    name: `within${months}${months === 1 ? 'Month' : 'Months'}Before`,
    evaluate: (fact, reference) => isWithinMonthsBefore(fact, reference, months),
    acceptsAnyFact: true,
  };
}

/** `within1MonthBefore`: 近一个月 (HQ-7 social insurance proof). */
export const within1MonthBefore = withinMonthsBefore(1);
/** `within6MonthsBefore`: 6个月内 (PEM-1 photo, PEM-3 education verification report). */
export const within6MonthsBefore = withinMonthsBefore(6);
