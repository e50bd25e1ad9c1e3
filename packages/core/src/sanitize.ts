/**
 * The first gate for untrusted declaration data: refuses oversized or too deep input before any
 * validator sees it, and strips keys that could reach an object prototype.
 */
import { escapeToken } from './json-pointer.js';
import { createIssue } from './messages/issue-text.js';
import type { IssueParams } from './messages/issue-params.js';
import type { Issue, Locale } from './types.js';

/** Bounds on untrusted input; anything past them is refused with an issue, never processed. */
export interface InputLimits {
  /** Longest string, in UTF-16 code units. */
  maxStringLength: number;
  /** Most items in one array. */
  maxArrayItems: number;
  /** Most keys in one object. */
  maxObjectKeys: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most values (of any kind) in the whole input. */
  maxNodes: number;
}

/** Defaults generous for any real declaration and small enough to keep evaluation instant. */
export const defaultLimits: InputLimits = {
  maxStringLength: 100_000,
  maxArrayItems: 1_000,
  maxObjectKeys: 2_000,
  maxDepth: 32,
  maxNodes: 200_000,
};

/** Keys that are never accepted as data because they name object internals. */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The result of {@link sanitizeInput}: a clean deep copy (null-free of unsafe keys) and the issues found. */
export interface SanitizeResult {
  value: unknown;
  issues: Issue[];
  /** True when a limit was hit: the value must not be validated further. */
  refused: boolean;
}

/**
 * Whether data is plain JSON within the limits and free of unsafe keys, found without copying or
 * building any path (the common case: a well-formed declaration passes straight through).
 */
function isCleanJson(input: unknown, limits: InputLimits): boolean {
  let nodes = 0;
  const walk = (value: unknown, depth: number): boolean => {
    if (++nodes > limits.maxNodes) return false;
    switch (typeof value) {
      case 'string':
        return value.length <= limits.maxStringLength;
      case 'number':
        return Number.isFinite(value);
      case 'boolean':
        return true;
      case 'object': {
        if (value === null) return true;
        if (depth >= limits.maxDepth) return false;
        if (Array.isArray(value)) {
          if (value.length > limits.maxArrayItems) return false;
          for (let i = 0; i < value.length; i++) if (!(i in value) || !walk(value[i], depth + 1)) return false;
          return true;
        }
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) return false;
        // for…in over a plain object: no key array is made (inherited keys would only send the input down the copying path).
        let count = 0;
        for (const key in value) {
          if (++count > limits.maxObjectKeys || unsafeKeys.has(key) || !walk((value as Record<string, unknown>)[key], depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  };
  try {
    return walk(input, 0);
  } catch {
    return false; // a throwing getter: let the copying path report it
  }
}

/**
 * Checks untrusted data: plain JSON within the limits passes through as it is (never mutated
 * later); anything else is copied into fresh plain objects, dropping unsafe keys (each reported as
 * `unsafe-key`) and refusing input past the limits (`too-large`, `too-deep`).
 * Never throws, whatever the input (cycles, getters, class instances are copied as plain data).
 */
export function sanitizeInput(input: unknown, locale: Locale = 'zh-CN', limits: InputLimits = defaultLimits): SanitizeResult {
  if (isCleanJson(input, limits)) return { value: input, issues: [], refused: false };
  const issues: Issue[] = [];
  let nodes = 0;
  let refused = false;
  const seen = new Set<object>();
  const refuse = <C extends 'too-large' | 'too-deep'>(path: string, code: C, params: IssueParams<C>) => {
    refused = true;
    issues.push(createIssue(code, params, path, 'input', locale));
  };

  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (refused) return undefined;
    if (++nodes > limits.maxNodes) {
      refuse('', 'too-large', { what: 'nodes', length: nodes, limit: limits.maxNodes });
      return undefined;
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        refuse(path, 'too-large', { what: 'string', length: value.length, limit: limits.maxStringLength });
        return undefined;
      }
      return value;
    }
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value !== 'object') return undefined; // functions, symbols, bigint, undefined: not JSON
    if (depth >= limits.maxDepth) {
      refuse(path, 'too-deep', { limit: limits.maxDepth });
      return undefined;
    }
    if (seen.has(value)) {
      refuse(path, 'too-deep', { limit: limits.maxDepth, cycle: true });
      return undefined;
    }
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        if (value.length > limits.maxArrayItems) {
          refuse(path, 'too-large', { what: 'array', length: value.length, limit: limits.maxArrayItems });
          return undefined;
        }
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          const item = copy(value[i], `${path}/${i}`, depth + 1);
          out.push(item === undefined ? null : item);
        }
        return out;
      }
      const keys = Object.keys(value);
      if (keys.length > limits.maxObjectKeys) {
        refuse(path, 'too-large', { what: 'object', length: keys.length, limit: limits.maxObjectKeys });
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const at = `${path}/${escapeToken(key)}`;
        if (unsafeKeys.has(key)) {
          issues.push(createIssue('unsafe-key', { key }, at, 'input', locale));
          continue;
        }
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch {
          item = undefined; // a throwing getter is not data
        }
        const clean = copy(item, at, depth + 1);
        if (clean !== undefined) out[key] = clean;
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };

  const value = copy(input, '', 0);
  return { value: refused ? undefined : value, issues, refused };
}
