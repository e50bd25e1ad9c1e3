/**
 * The locales shenbao speaks: one catalog each, zh-CN and en built in. A host adds a locale by
 * writing its catalog with `translation()` and calling {@link registerLocale} (in TypeScript, also
 * adding the tag to the `Locales` interface); every message and UI text then follows.
 *
 * zh-CN is always in. The other built-in catalogs come from `#built-in-locales`: in Node, in the
 * module graph; in a browser build, loaded on first use ({@link loadLocale}; `@shenbao/ui`'s
 * elements wait for the catalog of their `locale` before they render).
 */
import type { Locale, LocalizedText } from '../types.js';
import type { Catalog, MessageArgs, MessageKey, PluralKey } from './catalog.js';
import { builtInLocales } from '#built-in-locales';
import { fillTemplate } from './fill-template.js';
import { zhCN } from './zh-CN.js';

const catalogs = new Map<string, Catalog>([['zh-CN', zhCN]]);
/** Built-in catalogs not loaded yet (a browser build's), by locale. */
const loaders = new Map<string, () => Promise<Catalog>>();
/** Catalogs being loaded, by locale. */
const loading = new Map<string, Promise<void>>();
for (const [locale, catalog] of Object.entries(builtInLocales)) {
  if (typeof catalog === 'function') loaders.set(locale, catalog);
  else catalogs.set(locale, catalog);
}

/** Why a catalog cannot be registered: keys it lacks or has over the zh-CN set. */
function catalogProblems(catalog: unknown): string[] {
  if (catalog === null || typeof catalog !== 'object') return ['目录须为对象'];
  const problems: string[] = [];
  for (const key of Object.keys(zhCN)) if (typeof (catalog as Record<string, unknown>)[key] !== 'string') problems.push(`缺少文本“${key}”`);
  for (const key of Object.keys(catalog)) if (!Object.hasOwn(zhCN, key)) problems.push(`多余的键“${key}”`);
  return problems;
}

/**
 * Registers (or replaces) the catalog of a locale. Throws a TypeError naming every missing or extra
 * key when the catalog is not complete (a JavaScript host has no compiler to tell it).
 *
 * @example
 * registerLocale('fr', fr); // then <shenbao-form locale="fr">
 */
export function registerLocale(locale: Locale, catalog: Catalog): void {
  if (typeof locale !== 'string' || locale.trim() === '') throw new TypeError('语言标记须为非空字符串（如 "fr"）');
  const problems = catalogProblems(catalog);
  if (problems.length > 0) throw new TypeError(`语言“${locale}”的消息目录不完整：${problems.slice(0, 10).join('；')}${problems.length > 10 ? `；另有 ${problems.length - 10} 处` : ''}`);
  catalogs.set(locale, Object.freeze({ ...catalog }));
  loaders.delete(locale);
}

/**
 * The loading of a locale's catalog while it still has to load (a built-in catalog of a browser
 * build, before its first use); undefined when it is in, or when no catalog is known for `locale`.
 */
export function pendingLocale(locale: Locale): Promise<void> | undefined {
  const loader = loaders.get(locale);
  if (loader === undefined) return undefined;
  let done = loading.get(locale);
  if (done === undefined) {
    done = loader().then(
      (catalog) => {
        if (loaders.has(locale)) catalogs.set(locale, catalog); // unless a host registered its own meanwhile
        loaders.delete(locale);
        loading.delete(locale);
      },
      (error: unknown) => {
        loading.delete(locale); // a failed load (the chunk did not arrive) can be tried again
        throw error;
      },
    );
    loading.set(locale, done);
  }
  return done;
}

/**
 * Resolves when the catalog of `locale` is in: at once in Node and for zh-CN or a registered locale;
 * in a browser build, after the built-in catalog (en) loaded. Until then its texts read zh-CN.
 *
 * @example
 * await loadLocale('en');
 * text('ui.next', 'en'); // 'Next'
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await pendingLocale(locale);
}

/** True when a catalog is registered (or built in) for `value`. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (catalogs.has(value) || loaders.has(value));
}

/** The registered locales, zh-CN first. */
export function registeredLocales(): Locale[] {
  return [...new Set([...catalogs.keys(), ...loaders.keys()])] as Locale[];
}

/** The catalog of a locale; zh-CN for a locale nobody registered (or one still loading, see {@link loadLocale}). */
export function catalogOf(locale: Locale): Catalog {
  return catalogs.get(locale) ?? zhCN;
}

/**
 * A text of the catalog in a locale, placeholders filled; the keys and their parameters are
 * checked at compile time (a key computed at run time that is not in the catalog reads as itself).
 *
 * @example
 * text('ui.progress', 'zh-CN', { n: 2, total: 5 }); // '第 2 步，共 5 步'
 */
export function text<K extends MessageKey>(key: K, locale: Locale, ...args: MessageArgs<K>): string {
  const template = catalogOf(locale)[key] ?? zhCN[key] ?? String(key);
  const params = args[0];
  return params === undefined ? template : fillTemplate(template, params);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in a locale, as the catalog keys it (`one` or `other`). */
function pluralOf(n: number, locale: Locale): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('zh-CN');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/**
 * The plural form of a text for `n` (`<base>.one` or `<base>.other`, by `Intl.PluralRules`).
 *
 * @example
 * pluralText('upload.unit.file', 2, 'en'); // 'files'
 */
export function pluralText<B extends PluralKey>(base: B, n: number, locale: Locale, ...args: MessageArgs<`${B}.other` & MessageKey>): string {
  const key = `${base}.${pluralOf(n, locale)}` as `${B}.other` & MessageKey;
  return text(key, locale, ...args);
}

/** Picks a definition's text (a label, a notice) for a locale, falling back to zh-CN. */
export function localize(value: LocalizedText | undefined, locale: Locale): string {
  if (!value) return '';
  const own = locale === 'zh-CN' ? undefined : (value as unknown as Record<string, string | undefined>)[locale];
  return typeof own === 'string' ? own : value['zh-CN'];
}
