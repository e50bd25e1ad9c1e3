/**
 * Code tables (字典) that forms pick values from: ethnic group, education level, document type and so
 * on (COMMON-7). A dictionary is plain data; hosts can replace any table through the registry or look
 * values up asynchronously (unit search, school search) with an {@link AsyncDictionary}.
 */
import type { LocalizedText } from '../types.js';

/** One entry of a code table: the stored code, its label and any extra facts (parent, format, …). */
export interface DictionaryItem {
  /** The value stored in the declaration data; unique within its dictionary. */
  code: string;
  label: LocalizedText;
  [extra: string]: unknown;
}

/** A code table: an id that schema fields name with `x-dictionary`, a label and its items. */
export interface Dictionary {
  id: string;
  label: LocalizedText;
  items: DictionaryItem[];
}

/**
 * The part of `AbortSignal` a lookup needs. Core compiles without DOM or Node typings, so the global
 * type is not named here; a real `AbortSignal` fits this shape.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A dictionary answered by the host, e.g. searching employing units or schools on a server. `search`
 * should honour `signal` so a superseded query can be cancelled.
 */
export interface AsyncDictionary {
  id: string;
  search(query: string, signal?: AbortSignalLike): Promise<DictionaryItem[]>;
}

/** Freezes a value and everything reachable from it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Declares a built-in dictionary and freezes it, so a host cannot change the shared table by
 * accident (hosts replace tables through the registry instead).
 *
 * @example
 * const yesNo = defineDictionary({ id: 'yes-no', label: { 'zh-CN': '是否' }, items: [dictionaryItem('1', '是', 'Yes')] });
 */
export function defineDictionary(dictionary: Dictionary): Dictionary {
  return deepFreeze(dictionary);
}

/**
 * Builds a dictionary item from a code, a Chinese label, an optional English label and extras.
 *
 * @example
 * dictionaryItem('1', '男', 'Male'); // { code: '1', label: { 'zh-CN': '男', en: 'Male' } }
 */
export function dictionaryItem(code: string, zh: string, en?: string, extra: Record<string, unknown> = {}): DictionaryItem {
  const label: LocalizedText = en === undefined ? { 'zh-CN': zh } : { 'zh-CN': zh, en };
  return { ...extra, code, label };
}

export { localize } from '../messages.js';
