/**
 * The built-in catalogs besides zh-CN, as a browser build gets them (package.json `imports`, condition
 * `browser`): a loader each, so a page in Chinese carries no English catalog. `loadLocale('en')` (and
 * every element of `@shenbao/ui` whose `locale` is `en`) loads it; until then `text(key, 'en')` reads zh-CN.
 */
import type { Catalog } from './catalog.js';

/** Each built-in locale's catalog, or a loader of it. */
export const builtInLocales: Readonly<Record<string, Catalog | (() => Promise<Catalog>)>> = {
  en: () => import('./en.js').then((m) => m.en),
};
