/**
 * The record as `<shenbao-form>` shows it outside the wizard (modes confirm, readonly and review):
 * the title, problems of the record as a whole, the progress (进度详情, COMMON-6), every step's
 * sections read-only, the button bar (保存为图片, 确定) and the review panel with what a reviewer
 * may comment on (PEM-10). Also the rows of the registration notice shown after submission (TCM-7).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@shenbao/core';
import type { ShenbaoReviewEvent } from '../../events/shenbao-review-event.js';
import { t } from '../../ui-texts.js';
import type { ReviewTarget } from '../review-panel/review-panel.js';
import { hasApplicableItem, renderAllSteps, renderFormIssues } from './form-sections.js';
import { renderPledge } from './form-confirmations.js';
import { renderApprovedNotice } from './form-notice.js';
import type { FormView } from './form-view.js';
import { materialPlaces, placeLabel } from './review-places.js';

/** The whole record on one page, read-only, with the actions of the mode (confirm, readonly or review). */
export function renderSummary(view: FormView, title: string): TemplateResult {
  const { locale, mode } = view;
  const saveButton = html`<button part="button" type="button" class="secondary" @click=${() => view.saveImage()}>${t('saveImage', locale)}</button>`;
  const context = { definition: view.definition, index: view.compiled.index, value: view.store.value, locale };
  const record = html`<h1 class="title">${title}</h1>
    ${renderFormIssues(view)}
    ${view.history && mode !== 'confirm'
      ? html`<shenbao-timeline .history=${view.history} .status=${view.recordStatus} .locale=${locale} .pathLabel=${(path: string) => placeLabel(context, path)}></shenbao-timeline>`
      : nothing}
    ${mode === 'readonly' && view.recordStatus === 'approved' ? renderApprovedNotice(view) : nothing}
    ${renderAllSteps(view)}
    ${mode === 'confirm' ? renderPledge(view) : nothing}
    ${mode === 'confirm' ? html`<p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>` : nothing}
    ${mode === 'confirm'
      ? html`<div part="actions" class="actions">${saveButton}<button part="button" type="button" class="primary" @click=${() => view.submit()}>${t('submit', locale)}</button></div>`
      : mode === 'readonly'
        ? html`<div part="actions" class="actions">${saveButton}</div>`
        : nothing}`;
  if (mode !== 'review') return html`<div class="form">${record}<slot name="after"></slot></div>`;
  // The review desk: the record and, beside it from 1024 px (sticky), the panel.
  return html`<div class="form desk">
    <div class="desk-grid">
      <div class="desk-record">${record}</div>
      <div class="desk-panel">
        <shenbao-review-panel .targets=${reviewTargets(view)} .allowed=${view.reviewActions} .comments=${view.reviewComments} .status=${view.recordStatus} .locale=${locale}
          @shenbao-review=${(e: ShenbaoReviewEvent) => view.reviewed(e.detail.comments)}></shenbao-review-panel>
      </div>
    </div>
    <slot name="after"></slot>
  </div>`;
}

/**
 * What a reviewer may comment on (PEM-10), in screen order: each section, then its visible
 * materials named by their place (`老师 2（李某）· 身份证`, review-places.ts), then any document
 * commented on from the viewer.
 */
export function reviewTargets(view: FormView): ReviewTarget[] {
  const { locale, store } = view;
  const context = { definition: view.definition, index: view.compiled.index, value: store.value, locale, states: store.evaluation?.attachments ?? {} };
  const materials = materialPlaces(context);
  const targets: ReviewTarget[] = [];
  for (const step of view.steps) {
    for (const section of step.sections) {
      if (section.items.every((i) => 'notice' in i) || !hasApplicableItem(view, section.items, '')) continue;
      targets.push({ id: section.id, label: localize(section.title, locale) });
      for (const material of materials) if (material.section === section.id) targets.push({ id: material.path, label: material.label });
    }
  }
  const known = new Set(targets.map((t) => t.id));
  for (const comment of view.reviewComments) if (!known.has(comment.target)) targets.push({ id: comment.target, label: placeLabel(context, comment.target) });
  return targets;
}

