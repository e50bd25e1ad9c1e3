/**
 * The record as `<shenbao-form>` shows it outside the wizard (modes confirm, readonly and review):
 * the title, problems of the record as a whole, the progress (进度详情, COMMON-6), every step's
 * sections read-only, the button bar (保存为图片, 确定) and the review panel with what a reviewer
 * may comment on (PEM-10). Also the rows of the registration notice shown after submission (TCM-7).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, localize, templateOf, type LayoutItem } from '@shenbao/core';
import type { ShenbaoReviewEvent } from '../../events/form-events.js';
import { t } from '../../ui-texts.js';
import type { ReviewTarget } from '../review-panel/review-panel.js';
import { hasApplicableItem, renderAllSteps, renderFormIssues } from './form-sections.js';
import { renderPledge } from './form-confirmations.js';
import { renderApprovedNotice } from './form-notice.js';
import type { FormView } from './form-view.js';

/** The whole record on one page, read-only, with the actions of the mode (confirm, readonly or review). */
export function renderSummary(view: FormView, title: string): TemplateResult {
  const { locale, mode } = view;
  const saveButton = html`<button part="button" type="button" class="secondary" @click=${() => view.saveImage()}>${t('saveImage', locale)}</button>`;
  return html`<div class="form">
    <h1 class="title">${title}</h1>
    ${renderFormIssues(view)}
    ${view.history && mode !== 'confirm'
      ? html`<shenbao-timeline .history=${view.history} .status=${view.recordStatus} .locale=${locale}></shenbao-timeline>`
      : nothing}
    ${mode === 'readonly' && view.recordStatus === 'approved' ? renderApprovedNotice(view) : nothing}
    ${renderAllSteps(view)}
    ${mode === 'confirm' ? renderPledge(view) : nothing}
    ${mode === 'confirm' ? html`<p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>` : nothing}
    ${mode === 'confirm'
      ? html`<div part="actions" class="actions">${saveButton}<button part="button" type="button" class="primary" @click=${() => view.submit()}>${t('submit', locale)}</button></div>`
      : mode === 'readonly'
        ? html`<div part="actions" class="actions">${saveButton}</div>`
        : nothing}
    ${mode === 'review'
      ? html`<shenbao-review-panel .targets=${reviewTargets(view)} .allowed=${view.reviewActions} .comments=${view.reviewComments} .locale=${locale}
          @shenbao-review=${(e: ShenbaoReviewEvent) => view.reviewed(e.detail.comments)}></shenbao-review-panel>`
      : nothing}
    <slot name="after"></slot>
  </div>`;
}

/** What a reviewer may comment on (PEM-10), in screen order: each section, then its visible slot instances. */
export function reviewTargets(view: FormView): ReviewTarget[] {
  const { compiled, locale, store } = view;
  const targets: ReviewTarget[] = [];
  const states = store.evaluation?.attachments ?? {};
  const walk = (items: readonly LayoutItem[], base: string, prefix: string): void => {
    for (const item of items) {
      if ('attachment' in item) {
        const path = `${base}/attachments/${item.attachment}`;
        const slot = compiled.slots.get(item.attachment);
        if (slot && states[path]?.visible !== false) targets.push({ id: path, label: prefix + localize(slot.label, locale) });
      } else if ('group' in item) {
        const pointer = base + item.group;
        const list = getAt(store.value, pointer);
        const info = compiled.index.get(templateOf(compiled.index, pointer));
        const name = localize(item.itemLabel ?? item.label ?? info?.label ?? { 'zh-CN': pointer }, locale);
        const count = Array.isArray(list) ? list.length : 0;
        for (let i = 0; i < count; i++) walk(item.items, `${pointer}/${i}`, `${prefix}${name} ${i + 1} · `);
      }
    }
  };
  for (const step of view.steps) {
    for (const section of step.sections) {
      if (section.items.every((i) => 'notice' in i) || !hasApplicableItem(view, section.items, '')) continue;
      targets.push({ id: section.id, label: localize(section.title, locale) });
      walk(section.items, '', '');
    }
  }
  return targets;
}

