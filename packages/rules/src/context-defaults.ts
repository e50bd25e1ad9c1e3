/**
 * Context facts a declaration is judged against that the host may leave out: `today` defaults to
 * today's date in China, whatever the machine's time zone.
 */
import type { FormDefinition } from '@shenbao/core';

/** Today's date in China (the exam offices' calendar), as YYYY-MM-DD, whatever the machine's time zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today's date in China, worked out again only when the clock leaves the China day it was worked out in. */
let today: { text: string; from: number; until: number } | undefined;
function todayInChina(): string {
  const now = Date.now();
  if (!today || now >= today.until || now < today.from) {
    const day = 86_400_000;
    const from = Math.floor((now + 8 * 3600_000) / day) * day - 8 * 3600_000;
    today = { text: chinaToday(new Date(now)), from, until: from + day };
  }
  return today.text;
}

/** Fills context facts the host did not give but the definition declares with a sensible default (`today`). */
export function withDefaults(definition: FormDefinition, context: unknown): unknown {
  const base = typeof context === 'object' && context !== null && !Array.isArray(context) ? (context as Record<string, unknown>) : {};
  const declared = (definition.context?.properties ?? {}) as Record<string, unknown>;
  if ('today' in declared && base.today === undefined) return { ...base, today: todayInChina() };
  return base;
}
