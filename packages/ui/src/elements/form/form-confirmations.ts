/**
 * What the candidate confirms in `<shenbao-form>` (issue 8 item 6): 已阅读须知 on the notice step and
 * the truthfulness pledge (承诺) before 确定, as checkboxes with their message when still needed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import type { FormView } from './form-view.js';

/** A confirmation checkbox (已阅读须知, 承诺) with its message when it is still needed. */
export function renderTick(id: string, label: string, checked: boolean, error: string | undefined, change: (checked: boolean) => void): TemplateResult {
  return html`<div class="tick-row">
    <label class="tick-box"><input type="checkbox" data-tick=${id} .checked=${checked} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
      @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} /><span>${label}</span></label>
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}

/** The truthfulness pledge (承诺) before 确定, in the definition's words or the manuals'. */
export function renderPledge(view: FormView): TemplateResult {
  const { locale } = view;
  const label = view.definition.layout.pledge ? localize(view.definition.layout.pledge, locale) : t('pledge', locale);
  return renderTick('pledge', label, view.pledged, view.summary && !view.pledged ? t('pledgeFirst', locale) : undefined, (v) => view.setPledged(v));
}
