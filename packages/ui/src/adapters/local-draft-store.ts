/**
 * The default draft store: the browser's localStorage, one JSON entry per draft key. Quota errors
 * and private-mode refusals are swallowed (a draft is a convenience, never a reason to fail).
 */
import type { DraftStore } from '../types.js';

/** Drafts in localStorage. */
export const localDraftStore: DraftStore = {
  async load(key) {
    try {
      const text = globalThis.localStorage?.getItem(key);
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  },
  async save(key, value) {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or unavailable: keep working without the draft
    }
  },
  async clear(key) {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // unavailable storage has nothing to clear
    }
  },
};
