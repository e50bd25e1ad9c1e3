/**
 * The types of a message catalog: its keys come from the zh-CN catalog, each key's parameters from
 * the `{name}` placeholders of its zh-CN text. `translation()` checks a locale's catalog against them.
 */
import type { zhCN } from './zh-CN.js';

/** The `{name}` placeholders of a template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

type ZhCatalog = typeof zhCN;

/** Every message key (the keys of the zh-CN catalog). */
export type MessageKey = keyof ZhCatalog;

/** The parameters of a message: one value per placeholder of its zh-CN text. */
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholders<ZhCatalog[K]>]: unknown };

/** The rest arguments of a lookup: none for a text without placeholders, else its parameters. */
export type MessageArgs<K extends MessageKey> = [Placeholders<ZhCatalog[K]>] extends [never] ? [params?: Record<string, never>] : [params: MessageParams<K>];

/** A complete catalog: a text for every key. */
export type Catalog = { readonly [K in MessageKey]: string };

/** The keys under a prefix, without it: `KeysUnder<'upload'>` is `'choose' | 'camera' | …`. */
export type KeysUnder<P extends string> = Under<MessageKey, P>;
type Under<K, P extends string> = K extends `${P}.${infer S}` ? S : never;

/** The keys with plural forms (`<base>.one` and `<base>.other`), by their base. */
export type PluralKey = PluralBase<MessageKey>;
type PluralBase<K> = K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never;

/**
 * What `translation()` accepts for a catalog `T`: every key, no other, each text using only the
 * placeholders of its zh-CN text (a translation may leave one out, never add one). An offending
 * text's expected type names the problem, e.g. `"issue.required has no placeholder {lable}"`.
 */
export type Translation<T> = {
  readonly [K in MessageKey]: K extends keyof T
    ? [Exclude<Placeholders<T[K] & string>, Placeholders<ZhCatalog[K]>>] extends [never]
      ? string
      : `${K} has no placeholder {${Exclude<Placeholders<T[K] & string>, Placeholders<ZhCatalog[K]>>}}`
    : string;
} & { readonly [K in Exclude<keyof T, MessageKey>]: `not a message key: ${K & string}` };

/**
 * Declares a locale's catalog, checked at compile time against the zh-CN key set and placeholders.
 *
 * @example
 * export const fr = translation({ 'issue.required': 'Veuillez remplir {label}', … });
 */
export function translation<const T extends Translation<T>>(catalog: T): Catalog {
  return Object.freeze({ ...catalog }) as unknown as Catalog;
}
