/**
 * `<shenbao-form>` while filling in (mode edit), as Lit templates: the title and the progress
 * (`<shenbao-steps>`), then the current step with 上一步 / 下一步, the confirmation (信息确认: every
 * step read-only, 修改 / 确定) or, once submitted, the success page with the registration notice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import { renderAllSteps, renderFormIssues, renderSection } from './form-sections.js';
import { renderPledge, renderTick } from './form-confirmations.js';
import { renderApprovedNotice } from './form-notice.js';
import type { FormView } from './form-view.js';
import { firstStepWithIssues, isNoticeStep } from './wizard-steps.js';

/** The wizard: progress, then the current step, the confirmation or the success page. */
export function renderWizard(view: FormView, title: string): TemplateResult {
  const { locale, steps } = view;
  const names = [...steps.map((s) => localize(s.title, locale)), t('confirm', locale), t('success', locale)];
  const current = view.submitted ? names.length - 1 : view.step;
  return html`<div class="form">
    <h1 class="title">${title}</h1>
    <shenbao-steps .steps=${names} .current=${current} .locale=${locale}></shenbao-steps>
    ${view.submitted
      ? renderSuccess(view)
      : view.step >= steps.length
        ? renderConfirm(view)
        : renderStep(view, view.step)}
  </div>`;
}

/**
 * 提交成功 (COMMON-1): what happens next (the definition's `layout.success`, the manual's words),
 * the 申报编号 when known, and the printable notice (TCM-7) once the record is approved.
 */
function renderSuccess(view: FormView): TemplateResult {
  const { locale } = view;
  const next = view.definition.layout.success ? localize(view.definition.layout.success, locale) : t('nextSteps', locale);
  return html`<section part="step" class="step success" data-success>
    <h2 tabindex="-1" data-step-heading><span class="tick" aria-hidden="true">✓</span> ${t('success', locale)}</h2>
    <p class="next" role="status">${next}</p>
    ${view.recordId ? html`<p class="record-no">${t('recordNo', locale, { id: view.recordId })}</p>` : nothing}
    ${view.recordStatus === 'approved' ? renderApprovedNotice(view) : nothing}
    <slot name="success"></slot>
  </section>`;
}

function renderStep(view: FormView, index: number): TemplateResult {
  const { locale } = view;
  const step = view.steps[index]!;
  return html`<section part="step" class="step">
    <h2 tabindex="-1" data-step-heading>${localize(step.title, locale)}</h2>
    ${step.sections.map((section) => renderSection(view, section, false, true))}
    ${isNoticeStep(step) && index === view.steps.findIndex(isNoticeStep)
      ? renderTick('read-notice', t('readNotice', locale), view.noticeRead, view.summary && !view.noticeRead ? t('readNoticeFirst', locale) : undefined, (v) => view.setNoticeRead(v))
      : nothing}
    <p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>
    <div part="actions" class="actions">
      ${index > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => view.goTo(index - 1)}>${t('previous', locale)}</button>` : nothing}
      <button part="button" type="button" class="primary" @click=${() => view.next()}>${t('next', locale)}</button>
    </div>
  </section>`;
}

function renderConfirm(view: FormView): TemplateResult {
  const { locale } = view;
  return html`<section part="step" class="step">
    <h2 tabindex="-1" data-step-heading>${t('confirm', locale)}</h2>
    ${renderFormIssues(view)}
    ${renderAllSteps(view, 3)}
    ${renderPledge(view)}
    <p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>
    <div part="actions" class="actions">
      <button part="button" type="button" class="secondary" @click=${() => view.goTo(firstStepWithIssues(view.steps, view.compiled, view.store.evaluation))}>${t('edit', locale)}</button>
      <button part="button" type="button" class="primary" @click=${() => view.submit()}>${t('submit', locale)}</button>
    </div>
  </section>`;
}
