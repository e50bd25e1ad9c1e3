/**
 * The candidate's page of one record (`?record=<id>`): the status and history, and the form —
 * editable while the record is a draft or was returned (drafts kept here and on the server, files
 * uploaded to the server), read-only once submitted. 确定 posts the data to the server, which
 * evaluates it again with the same definition and pack; if it refuses, its issues are shown.
 */
import { reviewPlaceLabel, type ReviewComment } from '@shenbao/ui';
import { createServerUploader, ServerDraftStore } from '@shenbao/server-example/client';
import { actorHeaders, ApiError, chinaToday, server, type RecordView, type ServedForm } from './api.js';
import { el, pageUrl } from './dom.js';
import { needsChanges, recordStatus, refusal } from './record-status.js';
import { withPreviews } from './previews.js';

/** Names a comment target for people exactly as the reviewer's desk names it (`老师 2（李某）· 身份证`). */
export function targetTitle(form: ServedForm, data: unknown, target: string): string {
  return reviewPlaceLabel(form.definition, data, target, 'zh-CN');
}

/** The reviewer's comments in the form's shape. */
export function reviewComments(record: RecordView): ReviewComment[] {
  if (!needsChanges(record)) return [];
  return Object.entries(record.comments).map(([target, text]) => ({ target, text }));
}

/** Renders the candidate's page of a record into `root`. */
export async function candidatePage(root: HTMLElement, recordId: string): Promise<void> {
  const record = await server.record(recordId);
  const form = await server.form(record.form, record.year);
  const editable = record.allowedActions.includes('edit');
  const saved = el('span', { class: 'muted', role: 'status' });
  const alerts = el('div');

  const shenbaoForm = document.createElement('shenbao-form');
  shenbaoForm.mode = editable ? 'edit' : 'readonly';
  shenbaoForm.context = { today: chinaToday() };
  shenbaoForm.reviewComments = reviewComments(record);
  if (editable) {
    // Drafts here and on the server (PUT /records/:id/draft), so another browser finds them.
    const drafts = new ServerDraftStore({
      baseUrl: '/api',
      recordId: record.id,
      serverData: record.data,
      headers: actorHeaders,
      onSaved: (error) => {
        saved.textContent = error ? `草稿未能保存到服务器：${error.message}` : '草稿已保存到服务器';
      },
    });
    const draftKey = `shenbao-demo:${record.id}`;
    shenbaoForm.draftKey = draftKey;
    shenbaoForm.draftStore = drafts;
    // The demo opts in: the browser's Back and Forward move between the wizard's steps.
    shenbaoForm.stepHistory = true;
    // What 实名认证 and 工作单位 verified fills this form and is read-only (COMMON-12); the
    // real-name and work-unit forms themselves are where those facts are entered.
    if (record.form !== 'real-name' && record.form !== 'work-unit') shenbaoForm.prefill = await server.profile().catch(() => undefined);
    // Files go to the server as they are picked; it checks each one by content and answers its reference.
    shenbaoForm.uploader = await withPreviews(record, createServerUploader({ baseUrl: '/api', recordId: record.id, headers: actorHeaders }));
    shenbaoForm.addEventListener('shenbao-submit', (event) => {
      // Stay on the confirmation until the server has said yes.
      event.preventDefault();
      alerts.replaceChildren(el('p', { class: 'muted', role: 'status' }, '正在提交…'));
      void (async () => {
        try {
          await drafts.flush();
          await server.submit(record.id, event.detail.value);
          // Submitted: the materials are locked, so this form keeps no draft any more.
          drafts.close();
          await drafts.clear(draftKey);
          alerts.replaceChildren();
          // 提交成功 (COMMON-1): the form's own success page with what happens next, scrolled to and focused.
          shenbaoForm.recordId = record.id;
          await shenbaoForm.showSubmitted();
          shenbaoForm.draftKey = '';
          const fresh = await server.record(record.id);
          status.replaceWith((status = recordStatus(fresh, (target) => targetTitle(form, fresh.data, target))));
        } catch (error) {
          const e = error instanceof ApiError ? error : new ApiError(0, 'network', (error as Error).message);
          alerts.replaceChildren(refusal(`服务器未接受：${e.message}`, e.issues));
          alerts.scrollIntoView({ block: 'nearest' });
        }
      })();
    });
  } else {
    shenbaoForm.value = record.data;
    shenbaoForm.uploader = await withPreviews(record);
    // Read-only: once approved the form shows the printable 报名成功通知单 with its 申报编号 (TCM-7).
    shenbaoForm.recordId = record.id;
    shenbaoForm.recordStatus = record.status;
    shenbaoForm.history = record.history;
    // The candidate reads their own numbers in full (COMMON-4: they check them for typos).
    shenbaoForm.unmasked = true;
  }
  shenbaoForm.rules = form.pack;
  shenbaoForm.definition = form.definition;

  const withdraw = record.allowedActions.includes('withdraw')
    ? el('button', {
        type: 'button',
        onclick: async () => {
          try {
            await server.withdraw(record.id);
            await candidatePage(root, recordId);
          } catch (error) {
            alerts.replaceChildren(refusal((error as Error).message));
          }
        },
      }, '撤回申报')
    : null;
  const reviewLink = record.status === 'submitted' ? el('a', { href: pageUrl({ review: record.id }), target: '_blank', rel: 'noopener' }, '在新标签页中审核（审核人员）') : null;

  let status = recordStatus(record, (target) => targetTitle(form, record.data, target));
  root.replaceChildren(
    el('p', {}, el('a', { href: pageUrl() }, '← 全部表单')),
    status,
    el('div', { class: 'actions' }, withdraw, el('button', { type: 'button', onclick: () => void candidatePage(root, recordId) }, '刷新状态'), reviewLink, saved),
    alerts,
    el('div', { class: 'phone' }, shenbaoForm),
  );
}
