/**
 * The printable registration notice (报名成功通知单, TCM-7) as `<shenbao-form>` shows it once the
 * record is approved: its rows (the form, then the candidate's identity, masked as the schema says)
 * and its 申报编号.
 */
import { html, type TemplateResult } from 'lit';
import { getAt, localize } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import type { NoticeRow } from '../notice/notice.js';
import type { FormView } from './form-view.js';

/** After approval: the printable 报名成功通知单 with its 申报编号 (TCM-7). */
export function renderApprovedNotice(view: FormView): TemplateResult {
  const submittedAt = view.submittedAt ?? [...(view.history ?? [])].reverse().find((h) => h.action === 'submit')?.at ?? '';
  return html`<p class="approved">${t('approvedNotice', view.locale)}</p>
    <shenbao-notice .rows=${noticeRows(view)} .recordId=${view.recordId ?? ''} .submittedAt=${submittedAt} .locale=${view.locale}></shenbao-notice>`;
}

/**
 * The rows of the printable registration notice after submission (TCM-7): the form, then the
 * filled fields of the first section with fields (the candidate's identity), masked as the schema says.
 */
export function noticeRows(view: FormView): NoticeRow[] {
  const { locale } = view;
  const rows: NoticeRow[] = [{ label: t('declaration', locale), value: localize(view.definition.title, locale) }];
  const section = view.steps.flatMap((s) => s.sections).find((sec) => sec.items.some((i) => 'field' in i));
  for (const item of section?.items ?? []) {
    if (!('field' in item)) continue;
    const spec = view.spec(item, item.field);
    const value = getAt(view.store.value, item.field);
    if (value === undefined || value === null || value === '' || typeof value === 'object') continue;
    const text = spec.options?.find((o) => o.value === String(value))?.label ?? String(value);
    rows.push(spec.info.mask ? { label: spec.label, value: text, mask: spec.info.mask } : { label: spec.label, value: text });
  }
  return rows;
}
