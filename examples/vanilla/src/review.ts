/**
 * The reviewer's tab (`?review=<id>`): the record at a review desk — `<shenbao-form mode="review">`
 * with the record and, beside it from 1024 px, the review panel offering what the lifecycle allows
 * now (approve, return with comments, allow modification 允许修改). What changed since the previous
 * submission is marked; ID and phone numbers arrive masked from the server and each 显示 asks the
 * server for one value (`POST /records/:id/reveal`, recorded in the history, COMMON-4); a thumbnail
 * opens the document viewer with a comment box. The `shenbao-review` event is posted to
 * `POST /records/:id/review`; comments are keyed by section or material, so the candidate sees them
 * where they belong, named the same way (PEM-10).
 */
import { localize, statusLabel } from '@shenbao/core';
import { reviewPlaceLabel, type ShenbaoReviewEvent } from '@shenbao/ui';
import { chinaToday, currentRole, logout, server } from './api.js';
import { reviewComments } from './candidate.js';
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
  const name = (target: string) => reviewPlaceLabel(form.definition, record.data, target);
  let status = recordStatus(record, name);

  const shenbaoForm = document.createElement('shenbao-form');
  shenbaoForm.mode = 'review';
  shenbaoForm.draftKey = '';
  shenbaoForm.context = { today: chinaToday() };
  shenbaoForm.reviewActions = record.allowedActions;
  shenbaoForm.recordStatus = record.status;
  // Comments stay visible once returned, read-only; while the record waits for a decision the panel starts empty.
  shenbaoForm.reviewComments = record.status === 'returned' ? reviewComments(record) : [];
  shenbaoForm.value = record.data;
  if (record.previous) shenbaoForm.previousValue = record.previous.data;
  shenbaoForm.maskedPaths = record.masked ?? [];
  // The problems the desk lists: the server's verdict of the real data, not a check of masked numbers.
  shenbaoForm.recordIssues = record.issues ?? [];
  shenbaoForm.revealer = async (path) => {
    const { value } = await server.reveal(record.id, path);
    // The history now holds the reveal: show it in the progress card.
    const fresh = recordStatus(await server.record(record.id), name);
    status.replaceWith(fresh);
    status = fresh;
    return value;
  };
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
    status,
    record.previous ? el('p', { class: 'muted' }, '标有“本次修改”的内容与上次提交不同。') : '',
    record.allowedActions.length ? '' : el('p', { class: 'muted' }, `这份申报${statusLabel(record.status)}，现在没有可执行的审核操作。`),
    alerts,
    // A unit reviews at a desk: the record and the review panel side by side on a wide screen.
    el('div', { class: 'desk' }, shenbaoForm),
  );
  status = root.querySelector('section.status') ?? status;
}
