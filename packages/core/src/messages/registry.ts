/**
 * The locales shenbao speaks: one catalog each, zh-CN and en built in. A host adds a locale by
 * writing its catalog with `translation()` and calling {@link registerLocale} (in TypeScript, also
 * adding the tag to the `Locales` interface); every message and UI text then follows.
 */
import type { Locale, LocalizedText } from '../types.js';
import type { Catalog, MessageArgs, MessageKey, PluralKey } from './catalog.js';
import { en } from './en.js';
import { fillTemplate } from './fill-template.js';
import { zhCN } from './zh-CN.js';

const catalogs = new Map<string, Catalog>([
  ['zh-CN', zhCN],
  ['en', en],
]);

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
}

/** True when a catalog is registered for `value`. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && catalogs.has(value);
}

/** The registered locales, zh-CN first. */
export function registeredLocales(): Locale[] {
  return [...catalogs.keys()] as Locale[];
}

/** The catalog of a locale; zh-CN for a locale nobody registered. */
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
