/**
 * The built-in catalogs besides zh-CN, as Node and any non-browser build get them: in the module graph,
 * so `text(key, 'en')` speaks English at once. A browser build gets `built-in-locales.browser.ts`
 * instead (package.json `imports`, condition `browser`): each catalog loads on first use.
 */
import type { Catalog } from './catalog.js';
import { en } from './en.js';

/** Each built-in locale's catalog, or a loader of it. */
export const builtInLocales: Readonly<Record<string, Catalog | (() => Promise<Catalog>)>> = { en };
