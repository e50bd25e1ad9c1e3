/**
 * Each element renders in its `locale` only: in a browser build the built-in English catalog is not
 * in `@shenbao/ui/define` but loads on first use (core's `#built-in-locales`), so an element whose
 * `locale` is `en` holds its update until the catalog is in — its first render is English, never
 * Chinese first. zh-CN and registered locales render at once (no microtask added).
 */
import { pendingLocale, type Locale } from '@shenbao/core';

/** Runs `update` (an element's `super.scheduleUpdate()`) once the catalog of `locale` is in; at once when it is. */
export function afterCatalog(locale: Locale, update: () => void | Promise<unknown>): void | Promise<unknown> {
  const pending = pendingLocale(locale);
  // A catalog that failed to load leaves the element in zh-CN (the catalog's fallback) rather than blank.
  return pending ? pending.then(update, update) : update();
}
