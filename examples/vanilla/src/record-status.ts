/**
 * What both tabs show about a record (COMMON-6 进度详情): the library's `<shenbao-timeline>` (status
 * and every transition with who, when and why) and, while the candidate has to act on them, the
 * reviewer's comments.
 */
import type { RecordView, ServerIssue } from './api.js';
import { el } from './dom.js';

/** Whether the reviewer asked for changes that the candidate has not resubmitted yet. */
export function needsChanges(record: RecordView): boolean {
  return record.status === 'returned' || (record.status === 'draft' && record.modificationAllowed);
}

/** The status card of a record; `targetTitle` names a comment's place or a revealed field. */
export function recordStatus(record: RecordView, targetTitle: (target: string) => string): HTMLElement {
  const timeline = document.createElement('shenbao-timeline');
  timeline.history = record.history;
  // A reviewer's reveal of a masked number reads 查看了 证件号码 (COMMON-4).
  timeline.pathLabel = targetTitle;
  timeline.status = record.status;
  timeline.newestFirst = true;
  // The server keeps the newest comments with the record; they matter while the candidate has to act on them.
  const comments = needsChanges(record) ? Object.entries(record.comments) : [];
  // On a phone the status is one line (状态 + 进度详情 folded) so the form starts on the first screen.
  return el(
    'section',
    { class: 'status' },
    el('details', {}, el('summary', {}, el('span', { class: `badge ${record.status}` }, record.statusLabel), ' 进度详情'), timeline),
    record.modificationAllowed ? el('p', {}, '审核人员已允许修改：请修改后重新提交。') : null,
    comments.length
      ? el('div', { class: 'comments', role: 'note' }, el('h3', {}, '审核意见'), el('ul', {}, ...comments.map(([target, text]) => el('li', {}, el('strong', {}, targetTitle(target)), '：', text))))
      : null,
  );
}

/** The server's refusal with its issues, as an alert above the form. */
export function refusal(message: string, issues: readonly ServerIssue[] = []): HTMLElement {
  return el(
    'div',
    { class: 'alert', role: 'alert' },
    el('p', {}, message),
    issues.length ? el('ul', {}, ...issues.map((issue) => el('li', {}, issue.message, el('code', {}, issue.path || '/')))) : null,
  );
}
