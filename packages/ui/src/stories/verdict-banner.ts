/**
 * The verdict banner above every form story (the reviewer's 需求 / 预期 / 实际): the scenario's
 * requirement IDs with their text from the definition's `requirements`, the expected verdict and
 * issues against what `evaluate()` says, and for each expected issue whether it is visible on
 * screen (in the form's issue list or at its field). Also the check the story tests share.
 */
import { html, nothing, render } from 'lit';
import type { FormDefinition } from '@shenbao/core';
import type { Evaluation, Scenario } from '@shenbao/rules';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';

/** An issue as scenarios and evaluations name it. */
export interface IssueRef {
  path: string;
  code: string;
}

/**
 * Whether an issue is visible on the rendered form: a line of its issue list, or its field's error.
 * A missing required section (`/declaration` required) counts as shown by the lines of its missing
 * fields: the form opens a required section empty, so it names each field the section lacks.
 */
export function issueOnScreen(form: ShenbaoForm, issue: IssueRef): boolean {
  const root = form.shadowRoot;
  if (!root) return false;
  const list = root.querySelector('shenbao-issue-list');
  for (const li of list?.shadowRoot?.querySelectorAll<HTMLElement>('li[data-path]') ?? []) {
    const path = li.dataset['path']!;
    const same = path === issue.path && li.dataset['code'] === issue.code;
    const inside = issue.code === 'required' && issue.path !== '' && path.startsWith(issue.path + '/');
    if ((same || inside) && li.checkVisibility() && li.textContent!.trim() !== '') return true;
  }
  const field = [...root.querySelectorAll<ShenbaoField>('shenbao-field')].find((f) => f.spec?.pointer === issue.path);
  return !!field && !field.hidden && !!field.error && field.checkVisibility();
}

/** What the banner shows and the tests compare: expectation, actual verdict, what is on screen. */
export interface Verdict {
  expected: boolean;
  actual: boolean;
  /** Every expected issue was reported by evaluate(). */
  issuesFound: boolean;
  /** Expected verdict equals actual and every expected issue was found. */
  agrees: boolean;
  issues: { path: string; code: string; message?: string; reported: boolean; onScreen: boolean }[];
}

/** Compares a scenario with an evaluation and the rendered form. */
export function verdictOf(scenario: Scenario, evaluation: Evaluation, form: ShenbaoForm | undefined): Verdict {
  const issues = (scenario.expect.issues ?? []).map((i) => ({
    ...i,
    message: i.message ?? evaluation.issues.find((e) => e.path === i.path && e.code === i.code)?.message,
    reported: evaluation.issues.some((e) => e.path === i.path && e.code === i.code),
    onScreen: form ? issueOnScreen(form, i) : false,
  }));
  const issuesFound = issues.every((i) => i.reported);
  return { expected: scenario.expect.complete, actual: evaluation.complete, issuesFound, agrees: scenario.expect.complete === evaluation.complete && issuesFound, issues };
}

const verdictText = (complete: boolean) => (complete ? '通过（可提交）' : '不通过');

/** Renders (or re-renders) the banner into `host`; `verdict` undefined while the form has not evaluated yet. */
export function renderBanner(host: HTMLElement, definition: FormDefinition, scenario: Scenario, verdict: Verdict | undefined, evaluation: Evaluation | undefined): void {
  const texts = new Map((definition.requirements ?? []).map((r) => [r.id, r.summary]));
  render(
    html`<section class="verdict-banner" aria-label="审核结论" data-agrees=${verdict ? String(verdict.agrees) : nothing}
        data-expected=${String(scenario.expect.complete)} data-actual=${verdict ? String(verdict.actual) : nothing}>
      <div class="row"><span class="key">需求</span>
        <ul class="reqs">${scenario.requirements.map((id) => html`<li data-requirement=${id}><strong>${id}</strong> ${texts.get(id) ?? '（表单定义中没有这条需求的说明）'}</li>`)}</ul>
      </div>
      <div class="row"><span class="key">预期</span>
        <span><strong>${verdictText(scenario.expect.complete)}</strong>${scenario.expect.issues?.length ? `，${scenario.expect.issues.length} 个问题` : scenario.expect.issues ? '，无问题' : ''}</span>
      </div>
      ${verdict?.issues.length
        ? html`<ul class="issues">${verdict.issues.map(
            (i) => html`<li data-path=${i.path} data-code=${i.code} data-on-screen=${String(i.onScreen)}>
              <span class=${i.onScreen ? 'ok' : 'bad'}>${i.onScreen ? '✓ 屏幕上可见' : '✗ 屏幕上看不到'}</span>
              <code>${i.path || '（整份申报）'}</code> ${i.code}${i.message ? `：${i.message}` : ''}${i.reported ? '' : html` <span class="bad">（evaluate() 未报告）</span>`}
            </li>`,
          )}</ul>`
        : nothing}
      <div class="row"><span class="key">实际</span>
        ${verdict && evaluation
          ? html`<span><strong>${verdictText(verdict.actual)}</strong>，evaluate() 报告 ${evaluation.issues.length} 个问题
              <span class=${verdict.agrees ? 'ok badge' : 'bad badge'}>${verdict.agrees ? '与预期一致' : '与预期不一致'}</span></span>`
          : html`<span>正在计算…</span>`}
      </div>
    </section>`,
    host,
  );
}

/** The banner's styles (in the story canvas, outside the form's shadow root). */
export const bannerCss = `
.verdict-banner { font: 14px/1.5 system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif; color: #1f2329; background: #f5f7fa;
  border: 1px solid #c9ced6; border-radius: 6px; padding: 8px 12px; margin: 0 0 8px; max-width: 720px; margin-inline: auto; box-sizing: border-box; }
.verdict-banner .row { display: flex; gap: 8px; align-items: baseline; margin: 2px 0; }
.verdict-banner .key { flex: none; font-weight: 700; color: #1f2329; background: #e5e6eb; border-radius: 4px; padding: 0 6px; }
.verdict-banner ul { margin: 0; padding-inline-start: 1.2em; }
.verdict-banner .reqs { padding: 0; list-style: none; }
.verdict-banner .issues { margin: 2px 0 4px 3.2em; }
.verdict-banner code { font-size: 12px; overflow-wrap: anywhere; }
.verdict-banner .ok { color: #1b5e20; font-weight: 600; }
.verdict-banner .bad { color: #b71c1c; font-weight: 600; }
.verdict-banner .badge { margin-inline-start: 6px; padding: 0 6px; border-radius: 4px; background: #fff; border: 1px solid currentColor; }
`;
