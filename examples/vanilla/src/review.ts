/**
 * The reviewer's tab (`?review=<id>`): the record in `<shenbao-form mode="review">`, whose review
 * panel offers what the lifecycle allows now — approve, return with comments, allow modification
 * (允许修改). Its `shenbao-review` event is posted to `POST /records/:id/review`; comments are keyed
 * by section or slot instance, so the candidate sees them where they belong (PEM-10).
 */
import { localize } from '@shenbao/core';
import type { ShenbaoReviewEvent } from '@shenbao/ui';
import { chinaToday, currentRole, logout, server } from './api.js';
import { reviewComments, targetTitle } from './candidate.js';
import { el, pageUrl } from './dom.js';
import { withPreviews } from './previews.js';
import { recordStatus, refusal } from './record-status.js';

/** Renders the review tab of a record into `root`. */
export async function reviewPage(root: HTMLElement, recordId: string): Promise<void> {
  if (currentRole() !== 'reviewer') {
    root.replaceChildren(
      el('p', {}, '审核页面需要审核人员身份。'),
      el('button', { type: 'button', class: 'primary', onclick: () => void logout().then(() => location.reload()) }, '退出并以审核人员登录'),
    );
    return;
  }
  const record = await server.record(recordId);
  const form = await server.form(record.form, record.year);
  const alerts = el('div');

  const shenbaoForm = document.createElement('shenbao-form');
  shenbaoForm.mode = 'review';
  shenbaoForm.draftKey = '';
  shenbaoForm.context = { today: chinaToday() };
  shenbaoForm.reviewActions = record.allowedActions;
  shenbaoForm.reviewComments = reviewComments(record);
  shenbaoForm.value = record.data;
  shenbaoForm.uploader = await withPreviews(record);
  shenbaoForm.rules = form.pack;
  shenbaoForm.definition = form.definition;
  shenbaoForm.addEventListener('shenbao-review', (event: ShenbaoReviewEvent) => {
    const { action, reason, comments } = event.detail;
    void (async () => {
      try {
        const byTarget = comments.length ? Object.fromEntries(comments.map((c) => [c.target, c.text])) : undefined;
        await server.review(record.id, action, reason || undefined, byTarget);
        await reviewPage(root, recordId);
      } catch (error) {
        alerts.replaceChildren(refusal(`服务器未接受：${(error as Error).message}`));
        alerts.scrollIntoView({ block: 'nearest' });
      }
    })();
  });

  root.replaceChildren(
    el('p', {}, el('a', { href: pageUrl() }, '← 全部申报')),
    el('h1', {}, `审核：${localize(form.title, 'zh-CN')}`),
    recordStatus(record, (target) => targetTitle(form, target)),
    record.allowedActions.length ? '' : el('p', { class: 'muted' }, '这份申报现在没有可执行的审核操作（草稿尚未提交，或已审核完毕）。'),
    alerts,
    // A unit reviews at a desk: the record and the review panel (at its end) in a wider frame.
    el('div', { class: 'phone desk' }, shenbaoForm),
  );
}
