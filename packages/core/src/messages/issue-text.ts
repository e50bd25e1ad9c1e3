/**
 * The message of every built-in issue code, from the catalog of a locale: one formatter per code,
 * each taking that code's typed params ({@link IssueParamsMap}). `formatIssue` is checked at compile
 * time; `issueMessage` takes any code and params (a host re-rendering stored issues).
 */
import type { Issue, Locale } from '../types.js';
import { acceptedTypesText, dimensionsMessage, megapixels, minCountMessage, maxCountMessage } from '../attachments/attachment-messages.js';
import type { IssueCode, IssueParams, IssueParamsMap } from './issue-params.js';
import { text } from './registry.js';

type Formatters = { readonly [C in IssueCode]: (params: IssueParams<C>, locale: Locale) => string };

const formatters: Formatters = {
  required: (p, l) => text('issue.required', l, p),
  type: (p, l) => text('issue.type', l, p),
  format: (p, l) => text('issue.format', l, p),
  minLength: (p, l) => text('issue.minLength', l, p),
  maxLength: (p, l) => text('issue.maxLength', l, p),
  pattern: (p, l) => text('issue.pattern', l, p),
  enum: (p, l) => text('issue.enum', l, p),
  const: (p, l) => text('issue.const', l, p),
  minimum: (p, l) => text('issue.minimum', l, p),
  maximum: (p, l) => text('issue.maximum', l, p),
  exclusiveMinimum: (p, l) => text('issue.exclusiveMinimum', l, p),
  exclusiveMaximum: (p, l) => text('issue.exclusiveMaximum', l, p),
  minItems: (p, l) => text('issue.minItems', l, p),
  maxItems: (p, l) => text('issue.maxItems', l, p),
  uniqueItems: (p, l) => text('issue.uniqueItems', l, p),
  additionalProperties: (p, l) => text('issue.additionalProperties', l, p),
  dictionary: (p, l) => text('issue.dictionary', l, p),
  'attachment-min': (p, l) => minCountMessage(p.label, p.min, p.max, p.count, l),
  'attachment-max': (p, l) => maxCountMessage(p.label, p.min, p.max, p.count, l),
  'attachment-type': (p, l) => {
    if (p.size === 0) return text('attachment.empty', l, p);
    if (p.damaged === true) return text('attachment.damaged', l, p);
    const detected = p.detectedName ?? text('attachment.unknownType', l);
    return text('attachment.type', l, { name: p.name, allowed: acceptedTypesText(p.accept), detected });
  },
  'attachment-size': (p, l) => text(p.exclusive === true ? 'attachment.sizeExclusive' : 'attachment.size', l, { name: p.name, actual: p.sizeText, limit: p.maxText }),
  'attachment-dimensions': (p, l) => dimensionsMessage(p.name, p.width, p.height, p, l),
  'attachment-pixels': (p, l) =>
    text('attachment.pixels', l, { name: p.name, width: p.width, height: p.height, megapixels: megapixels(p.width * p.height), maxMegapixels: megapixels(p.maxPixels) }),
  'attachment-orientation': (p, l) => text('attachment.orientation', l, p),
  'unsafe-key': (p, l) => text('issue.unsafe-key', l, p),
  'too-large': (p, l) => text('issue.too-large', l, { ...p, what: text(`input.${p.what}`, l) }),
  'too-deep': (p, l) => text('issue.too-deep', l, p),
  'pack-conflict': (p, l) => text('issue.pack-conflict', l, p),
  'pack-error': (p, l) => text('issue.pack-error', l, p),
  'computed-mismatch': (p, l) => text('issue.computed-mismatch', l, p),
  schema: (p, l) => text('issue.schema', l, p),
};

/** The built-in issue codes, in the order of {@link IssueParamsMap}. */
export const ISSUE_CODES: readonly IssueCode[] = Object.freeze(Object.keys(formatters) as IssueCode[]);

/** True for a code shenbao itself raises (rather than a rule pack's own). */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && Object.hasOwn(formatters, code);
}

/**
 * The message of an issue in a locale; `code` and `params` are checked together at compile time.
 *
 * @example
 * formatIssue('maxLength', { label: '姓名', limit: 20 }, 'zh-CN'); // '姓名 最多 20 个字'
 */
export function formatIssue<C extends IssueCode>(code: C, params: IssueParams<C>, locale: Locale = 'zh-CN'): string {
  return (formatters[code] as unknown as (params: IssueParams<C>, locale: Locale) => string)(params, locale);
}

/** A built-in issue with its message in `locale`: the one way shenbao's own issues are made. */
export function createIssue<C extends IssueCode>(code: C, params: IssueParams<C>, path: string, source: string, locale: Locale = 'zh-CN'): Issue & { code: C; params: IssueParams<C> } {
  return { path, code, params, source, message: formatIssue(code, params, locale) };
}

/**
 * The message for any code and params, for issues whose types are not known here (stored, or from
 * a server): a missing `label` reads 该项 / This field; an unknown code gets the `schema` message.
 * Never throws.
 */
export function issueMessage(code: string, locale: Locale, params: Readonly<Record<string, unknown>>): string {
  const label = params.label ?? text('issue.label', locale);
  const known = isIssueCode(code) ? code : 'schema';
  try {
    return formatIssue(known, { ...params, label } as unknown as IssueParamsMap[typeof known], locale);
  } catch {
    return formatIssue('schema', { label: String(label) }, locale);
  }
}
