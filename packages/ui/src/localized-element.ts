/**
 * The base of every `@shenbao/ui` element: a LitElement with a `locale` that renders in that locale
 * only. In a browser build the built-in English catalog is not in `@shenbao/ui/define` but loads on
 * first use (core's `#built-in-locales`), so an element whose `locale` is `en` holds its update until
 * the catalog is in — its first render is English, never Chinese first. zh-CN and registered locales
 * render at once (no microtask added).
 */
import { LitElement } from 'lit';
import { pendingLocale, type Locale } from '@shenbao/core';

export abstract class LocalizedElement extends LitElement {
  /** The language the element renders in: `zh-CN` (default), `en`, or a locale the host registered. */
  declare locale: Locale;

  /** The first render (and any after a change of `locale`) waits for the locale's catalog. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = pendingLocale(this.locale);
    const update = () => super.scheduleUpdate();
    // A catalog that failed to load leaves the element in zh-CN (the catalog's fallback) rather than blank.
    return pending ? pending.then(update, update) : update();
  }
}
