/**
 * `<shenbao-form>` while filling in (mode edit), as Lit templates: the title and the progress
 * (`<shenbao-steps>`), then the current step with 上一步 / 下一步, the confirmation (信息确认: every
 * step read-only, 修改 / 确定) or, once submitted, the success page with the registration notice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import { renderAllSteps, renderFormIssues, renderSection } from './form-sections.js';
import { noticeRows } from './form-summary.js';
import type { FormView } from './form-view.js';
import { firstStepWithIssues } from './wizard-steps.js';

/** The wizard: progress, then the current step, the confirmation or the success page. */
export function renderWizard(view: FormView, title: string): TemplateResult {
  const { locale, steps } = view;
  const names = [...steps.map((s) => localize(s.title, locale)), t('confirm', locale), t('success', locale)];
  const current = view.submitted ? names.length - 1 : view.step;
  return html`<div class="form">
    <h1 class="title">${title}</h1>
    <shenbao-steps .steps=${names} .current=${current} .locale=${locale}></shenbao-steps>
    ${view.submitted
      ? html`<section part="step" class="step">
          <h2 tabindex="-1" data-step-heading>${t('success', locale)}</h2>
          <p>${t('submitted', locale)}</p>
          <shenbao-notice .rows=${noticeRows(view)} .submittedAt=${view.submittedAt} .locale=${locale}></shenbao-notice>
          <slot name="success"></slot>
        </section>`
      : view.step >= steps.length
        ? renderConfirm(view)
        : renderStep(view, view.step)}
  </div>`;
}

function renderStep(view: FormView, index: number): TemplateResult {
  const { locale } = view;
  const step = view.steps[index]!;
  return html`<section part="step" class="step">
    <h2 tabindex="-1" data-step-heading>${localize(step.title, locale)}</h2>
    ${step.sections.map((section) => renderSection(view, section, false, true))}
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
    <p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>
    <div part="actions" class="actions">
      <button part="button" type="button" class="secondary" @click=${() => view.goTo(firstStepWithIssues(view.steps, view.compiled, view.store.evaluation))}>${t('edit', locale)}</button>
      <button part="button" type="button" class="primary" @click=${() => view.submit()}>${t('submit', locale)}</button>
    </div>
  </section>`;
}
