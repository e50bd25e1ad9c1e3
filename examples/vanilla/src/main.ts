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
import '@shenbao/ui/timeline'; // record-status.ts shows <shenbao-timeline> outside a form
import { localize } from '@shenbao/core';
import { builtinForms } from '@shenbao/forms';
import { ApiError, currentRole, loadSession, logout, server, type RecordSummary, type SessionUser } from './api.js';
import { candidatePage } from './candidate.js';
import { loginPage } from './login.js';
import { el, formatTime, pageUrl } from './dom.js';
import { refusal } from './record-status.js';
import { reviewPage } from './review.js';

const app = document.getElementById('app')!;
const titles = new Map(builtinForms.map((f) => [f.id, localize(f.definition.title, 'zh-CN')]));
/** One line under each form's name: what the candidate does there (instead of the form's id). */
const manualNote: Record<string, string> = {
  'real-name': '证明身份，申报前须先完成',
  'work-unit': '绑定工作单位，申报单位以此为准',
  'physician-exam-confirm': '核对单位填报的预报名信息',
  'physician-probation': '试用期申报，由试用单位审核',
  'health-qualification': '按科目计费，由单位审核',
  'tcm-expertise': '师承或多年实践，须填报指导老师和推荐医师',
  'physician-exam-materials': '上传报名材料，提交后锁定',
};

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

/** The newest year of a built-in form (the year a new declaration is made for). */
function newestYear(formId: string): number {
  const form = builtinForms.find((f) => f.id === formId);
  return Math.max(...Object.keys(form?.packs ?? {}).map(Number));
}

/** The start page of a candidate: the forms, and their own records. */
async function candidateHome(): Promise<void> {
  const { records } = await server.records();
  const start = async (formId: string) => {
    try {
      const record = await server.createRecord(formId);
      location.href = pageUrl({ record: record.id });
    } catch (error) {
      // One declaration per form and exam year (COMMON-11): the server names the one that exists.
      if (error instanceof ApiError && error.code === 'record-exists' && error.existingId) location.href = pageUrl({ record: error.existingId });
      else app.prepend(refusal((error as Error).message));
    }
  };
  /** The candidate's record of this form for its newest year, if there is one: the entry then reads 进度查询. */
  const existing = (formId: string) => records.find((r) => r.form === formId && r.year === newestYear(formId));
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
          el('p', { class: 'muted' }, manualNote[form.id] ?? ''),
          existing(form.id)
            ? el('a', { class: 'button primary', href: pageUrl({ record: existing(form.id)!.id }) }, '进度查询')
            : el('button', { type: 'button', class: 'primary', onclick: () => void start(form.id) }, '开始申报'),
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
