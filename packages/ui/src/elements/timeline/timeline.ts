/**
 * `<shenbao-timeline>`: the progress view (进度详情) of a declaration record (COMMON-6, TCM-7): the
 * current status on top, then every lifecycle transition as an ordered list — what was done
 * (退回, 已提交 → 已退回), who did it (考生 / 审核单位 and their id), when (China time) and why —
 * and each reveal of a masked number by a reviewer (查看了 证件号码, COMMON-4).
 */
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { html, nothing } from 'lit';
import { actionLabel, statusLabel, text, type HistoryEntry, type KeysUnder, type LifecycleRole, type Locale, type RecordStatus } from '@shenbao/core';
import { formatChinaTime } from '../../format-time.js';
import { timelineStyles } from './timeline.styles.js';
import { cardHostStyles } from '../../styles/card-host.styles.js';
import { LocalizedElement } from '../../localized-element.js';

const ROLES: readonly LifecycleRole[] = ['candidate', 'reviewer'];

/** The label of an actor's role: 考生 or 审核单位 (Candidate, Reviewing unit). */
export function roleLabel(role: LifecycleRole, locale: Locale = 'zh-CN'): string {
  return ROLES.includes(role) ? text(`timeline.role.${role}`, locale) : String(role);
}

/**
 * The lifecycle history of a declaration record.
 *
 * @csspart title - The heading (进度详情).
 * @csspart status - The current status line.
 * @csspart list - The ordered list of entries.
 * @csspart entry - Each entry.
 * @csspart reason - The reason of an entry.
 * @csspart empty - The text shown when there is no history.
 * @cssproperty [--shenbao-accent-color=#1565c0] - The line and dots of the timeline, the submitted status.
 * @cssproperty [--shenbao-error-color=#c62828] - The returned status.
 * @cssproperty [--shenbao-success-color=#2e7d32] - The approved status.
 * @cssproperty [--shenbao-muted-color=#6b7280] - Times and ids.
 */
export class ShenbaoTimeline extends LocalizedElement {
  static override styles = [cardHostStyles, visuallyHiddenStyles, timelineStyles];
  static override properties = {
    history: { attribute: false },
    status: { type: String, reflect: true },
    locale: { type: String },
    newestFirst: { type: Boolean, attribute: 'newest-first' },
    pathLabel: { attribute: false },
  };

  /** The record's history, oldest first (as core's `transition` appends it). */
  declare history: readonly HistoryEntry[];
  /** The current status; defaults to the status the last entry led to. */
  declare status: RecordStatus | undefined;
  declare locale: Locale;
  /** Lists the newest entry first (`<ol reversed>`, numbers still count from the oldest). */
  declare newestFirst: boolean;
  /** Names a field for a `reveal` entry (查看了 证件号码); default: the entry's JSON Pointer. */
  declare pathLabel: ((path: string) => string) | undefined;

  constructor() {
    super();
    this.history = [];
    this.locale = 'zh-CN';
    this.newestFirst = false;
  }

  private text(key: KeysUnder<'timeline'>): string {
    return text(`timeline.${key}`, this.locale);
  }

  override render() {
    const history = Array.isArray(this.history) ? this.history : [];
    const status = this.status ?? history.at(-1)?.to;
    const entries = this.newestFirst ? [...history].reverse() : history;
    const colon = text('ui.colon', this.locale);
    return html`<section aria-labelledby="title">
      <h2 part="title" id="title">${this.text('title')}</h2>
      ${status
        ? html`<p part="status" class="status">${this.text('current')}${colon}<strong class="badge ${status}">${statusLabel(status, this.locale)}</strong></p>`
        : nothing}
      ${entries.length === 0
        ? html`<p part="empty" class="empty">${this.text('empty')}</p>`
        : html`<ol part="list" aria-label=${this.text('entries')} ?reversed=${this.newestFirst}>
            ${entries.map((entry) => this.renderEntry(entry, colon))}
          </ol>`}
    </section>`;
  }

  private renderEntry(entry: HistoryEntry, colon: string) {
    const actor = entry.actor ?? { id: '', role: 'candidate' };
    return html`<li part="entry" class="entry ${entry.to}">
      <p class="what">
        <strong>${actionLabel(entry.action, this.locale)}</strong>
        ${entry.action === 'reveal' && entry.path ? html`<span class="field">${this.pathLabel?.(entry.path) ?? entry.path}</span>` : nothing}
        ${entry.from !== entry.to
          ? html`<span class="change">${statusLabel(entry.from, this.locale)}<span aria-hidden="true"> → </span><span class="sr">${this.text('to')}</span>${statusLabel(entry.to, this.locale)}</span>`
          : nothing}
      </p>
      <p class="meta">
        <span class="who">${roleLabel(actor.role, this.locale)}${actor.id ? html` <span class="id">${actor.id}</span>` : nothing}</span>
        <time datetime=${entry.at}>${formatChinaTime(entry.at, this.locale)}</time>
      </p>
      ${entry.reason ? html`<p part="reason" class="reason">${this.text('reason')}${colon}${entry.reason}</p>` : nothing}
    </li>`;
  }
}
