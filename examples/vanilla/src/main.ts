/**
 * The shenbao demo page. Three views, chosen by the query string:
 *
 * - (none): every built-in form to start a declaration, and the records of the current role;
 * - `?record=<id>`: the candidate fills, submits and follows one record (candidate.ts);
 * - `?review=<id>`: a unit reviewer decides on it (review.ts) — open it in a second tab.
 *
 * Nobody signed in: the login page (login.ts). The header names the signed-in user and signs out;
 * a candidate and a reviewer act in two browsers (or one private window), since the session cookie
 * is one per browser. Everything goes through the reference server at `/api` (proxied by Vite).
 */
import '@shenbao/ui/define';
import { localize } from '@shenbao/core';
import { builtinForms } from '@shenbao/forms';
import { currentRole, loadSession, logout, server, type RecordSummary, type SessionUser } from './api.js';
import { candidatePage } from './candidate.js';
import { loginPage } from './login.js';
import { el, formatTime, pageUrl } from './dom.js';
import { refusal } from './record-status.js';
import { reviewPage } from './review.js';

const app = document.getElementById('app')!;
const titles = new Map(builtinForms.map((f) => [f.id, localize(f.definition.title, 'zh-CN')]));

/** Who is signed in, and the way out. */
function userBar(user: SessionUser): HTMLElement {
  const role = user.role === 'reviewer' ? '审核人员' : '考生';
  return el(
    'div',
    { class: 'role' },
    el('span', {}, `${user.name ?? user.id}（${role}${user.unit ? `，${user.unit}` : ''}）`),
    el('button', { type: 'button', onclick: () => void logout().then(() => location.assign(pageUrl({}))) }, '退出登录'),
  );
}

/** A list of records, each linking to its page. */
function recordList(records: RecordSummary[], link: (r: RecordSummary) => HTMLAnchorElement): HTMLElement {
  if (records.length === 0) return el('p', { class: 'muted' }, '暂无申报。');
  return el(
    'ul',
    { class: 'records' },
    ...records.map((r) => el('li', {}, link(r), ' ', el('span', { class: `badge ${r.status}` }, r.statusLabel), el('span', { class: 'muted' }, ` ${formatTime(r.updatedAt)}`))),
  );
}

/** The start page of a candidate: the forms, and their own records. */
async function candidateHome(): Promise<void> {
  const { records } = await server.records();
  const start = async (formId: string) => {
    try {
      const record = await server.createRecord(formId);
      location.href = pageUrl({ record: record.id });
    } catch (error) {
      app.prepend(refusal((error as Error).message));
    }
  };
  app.replaceChildren(
    el('h1', {}, '选择申报'),
    el(
      'ul',
      { class: 'forms' },
      ...builtinForms.map((form) =>
        el(
          'li',
          { class: 'card' },
          el('h2', {}, titles.get(form.id)!),
          el('code', {}, form.id),
          el('button', { type: 'button', class: 'primary', onclick: () => void start(form.id) }, '开始申报'),
        ),
      ),
    ),
    el('h2', {}, '我的申报'),
    recordList(records, (r) => el('a', { href: pageUrl({ record: r.id }) }, titles.get(r.form) ?? r.form)),
  );
}

/** The start page of a reviewer: the records of their unit, to review in their own tab. */
async function reviewerHome(): Promise<void> {
  const { records } = await server.records();
  app.replaceChildren(
    el('h1', {}, '申报审核'),
    el('p', { class: 'muted' }, '考生提交后，申报出现在这里。'),
    recordList(records, (r) => el('a', { href: pageUrl({ review: r.id }), target: '_blank', rel: 'noopener' }, `${titles.get(r.form) ?? r.form}（${r.candidateId}）`)),
  );
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const review = params.get('review');
  const record = params.get('record');
  const user = await loadSession();
  if (user === undefined) {
    loginPage(app);
    return;
  }
  document.querySelector('header')!.append(userBar(user));
  if (review) await reviewPage(app, review);
  else if (record) await candidatePage(app, record);
  else if (currentRole() === 'reviewer') await reviewerHome();
  else await candidateHome();
}

main().catch((error: Error) => {
  app.replaceChildren(refusal(`出错了：${error.message}`), el('p', {}, '参考服务器在运行吗？请用 pnpm demo 启动演示。'));
});
