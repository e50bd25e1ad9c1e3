/**
 * Messages: one catalog per locale (`messages/zh-CN.ts` defines the keys, `messages/en.ts` and any
 * registered locale translate them), issue messages from typed issue params, and the helpers that
 * fill `{name}` placeholders. Templates name the field by its label (`请填写指导老师姓名`), never by a
 * JSON path or a validator keyword.
 */
export { displayValue, fillTemplate } from './messages/fill-template.js';
export { catalogOf, isLocale, loadLocale, localize, pendingLocale, pluralText, registeredLocales, registerLocale, text } from './messages/registry.js';
export { translation, type Catalog, type KeysUnder, type MessageArgs, type MessageKey, type MessageParams, type Placeholders, type PluralKey, type Translation } from './messages/catalog.js';
export { createIssue, formatIssue, isIssueCode, ISSUE_CODES, issueMessage } from './messages/issue-text.js';
export type { IssueCode, IssueParams, IssueParamsMap } from './messages/issue-params.js';
export { zhCN } from './messages/zh-CN.js';
export { en } from './messages/en.js';
