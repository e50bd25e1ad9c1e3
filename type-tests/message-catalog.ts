/**
 * Type test: the message catalog. A locale's catalog must have exactly the zh-CN keys, each text
 * using only its key's placeholders; issue codes and their params, and catalog keys and theirs, are
 * checked together. Run by `pnpm typecheck` (part of `pnpm test`); every `@ts-expect-error` line
 * must be an error, or tsc fails.
 */
import { formatIssue, createIssue, registerLocale, text, translation, zhCN, type Catalog, type IssueParams } from '@shenbao/core';

// Adding a locale: its catalog (one file: here the zh-CN texts under other words), one registration
// line, and in TypeScript its tag in `Locales`.
declare module '@shenbao/core' {
  interface Locales {
    'x-pseudo': true;
  }
}
const pseudo: Catalog = translation({ ...zhCN, 'ui.next': '下一步 →' });
registerLocale('x-pseudo', pseudo);
export const next: string = text('ui.next', 'x-pseudo');

// @ts-expect-error — a locale nobody declared.
text('ui.next', 'fr');

// @ts-expect-error — a catalog missing a key ('ui.next').
translation({ ...zhCN, 'ui.next': undefined });
const { ['ui.previous']: _dropped, ...missing } = zhCN;
// @ts-expect-error — a catalog missing a key ('ui.previous').
translation(missing);
// @ts-expect-error — a key the zh-CN catalog does not have.
translation({ ...zhCN, 'ui.nxet': 'Next' });
// @ts-expect-error — a placeholder the key does not take ({lable} for {label}).
translation({ ...zhCN, 'issue.required': 'Please fill in {lable}' });
// A translation may leave a placeholder out.
translation({ ...zhCN, 'upload.count': '{count} uploaded' });

// Keys and their params.
text('ui.progress', 'zh-CN', { n: 1, total: 3 });
// @ts-expect-error — 'ui.progress' needs `total` too.
text('ui.progress', 'zh-CN', { n: 1 });
// @ts-expect-error — no such key.
text('ui.nxet', 'zh-CN');

// Issue codes and their params (as ajv types its errors).
const limit: IssueParams<'maxLength'> = { label: '姓名', limit: 20 };
formatIssue('maxLength', limit, 'en');
createIssue('attachment-size', { name: 'a.jpg', size: 2048, maxBytes: 1024, sizeText: '2 KB', maxText: '1 KB' }, '/attachments/photo', 'attachments');
// @ts-expect-error — `maxLength` takes a numeric `limit`, not `max`.
formatIssue('maxLength', { label: '姓名', max: 20 });
// @ts-expect-error — `limit` is a number.
formatIssue('minItems', { label: '老师', limit: '2' });
// @ts-expect-error — `hidden-value` is no longer an issue code (COMMON-9).
formatIssue('hidden-value', { label: '姓名' });
// @ts-expect-error — a rule pack's own code is not a built-in issue code.
formatIssue('teacher-repeated', { label: '老师' });
