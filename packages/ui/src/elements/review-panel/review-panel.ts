/**
 * `<shenbao-review-panel>`: what a reviewing unit does with a submitted declaration (COMMON-6,
 * PEM-10, PP-10): write a reason, comment on single sections or materials (slot instances), then
 * approve, return it (reason required) or allow modification (reason required). Only the actions
 * the lifecycle allows now are offered; the decision leaves as one `shenbao-review` event. Once no
 * decision is possible (returned, approved, or not yet submitted) the panel is read-only: it says
 * why and lists the comments given, with nothing to add or remove.
 */
import { textBoxStyles } from '../../styles/text-box.styles.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { html, nothing, type PropertyValues } from 'lit';
import { actionLabel, text, type KeysUnder, type LifecycleAction, type Locale, type MessageArgs, type RecordStatus } from '@shenbao/core';
import { ShenbaoReviewEvent } from '../../events/shenbao-review-event.js';
import type { ReviewComment } from '../../types.js';
import { reviewPanelStyles } from './review-panel.styles.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { cardHostStyles } from '../../styles/card-host.styles.js';
import { LocalizedElement } from '../../localized-element.js';

/** A section or slot instance a reviewer may comment on. */
export interface ReviewTarget {
  /** Section id or slot instance path (what {@link ReviewComment.target} holds). */
  id: string;
  label: string;
}

/** The decisions of a review, in the order the panel shows them. */
export type ReviewAction = ShenbaoReviewEvent['detail']['action'];

const REVIEW_ACTIONS: readonly ReviewAction[] = ['approve', 'allow-modification', 'return'];
const REASON_REQUIRED: ReadonlySet<ReviewAction> = new Set(['return', 'allow-modification']);


/**
 * The review controls of a declaration.
 *
 * @csspart title - The heading.
 * @csspart reason - The reason textarea.
 * @csspart error - An error text (reason or comment missing).
 * @csspart comments - The list of comments so far.
 * @csspart actions - The button bar.
 * @csspart button - Each action button.
 * @cssproperty [--shenbao-accent-color=#1565c0] - Buttons and focus.
 * @cssproperty [--shenbao-error-color=#c62828] - Errors and the return button.
 * @cssproperty [--shenbao-success-color=#2e7d32] - The approve button.
 * @cssproperty [--shenbao-radius=6px] - Corner radius.
 * @event shenbao-review - A decision; `detail` has `action` (approve, return, allow-modification), `reason` (trimmed) and `comments` ({target, text}[]).
 */
export class ShenbaoReviewPanel extends LocalizedElement {
  static override styles = [cardHostStyles, controlStateStyles, visuallyHiddenStyles, textBoxStyles, reviewPanelStyles];
  static override properties = {
    targets: { attribute: false },
    allowed: { attribute: false },
    comments: { attribute: false },
    reason: { type: String },
    locale: { type: String },
    disabled: { type: Boolean, reflect: true },
    status: { type: String },
    _target: { state: true },
    _draft: { state: true },
    _reasonError: { state: true },
    _commentError: { state: true },
    _status: { state: true },
  };

  /** The sections and slot instances that may carry a comment. */
  declare targets: readonly ReviewTarget[];
  /** The lifecycle actions allowed now (core `allowedActions(record, 'reviewer')`); only review decisions among them get a button. */
  declare allowed: readonly LifecycleAction[];
  /** The comments so far (the panel adds to and removes from a copy). */
  declare comments: ReviewComment[];
  /** The reason text. */
  declare reason: string;
  declare locale: Locale;
  /** Disables every control, e.g. while the host stores a decision. */
  declare disabled: boolean;
  /** The record's status: once it is returned or decided (no review decision allowed), the panel is read-only and says why. */
  declare status: RecordStatus | undefined;
  declare private _target: string;
  declare private _draft: string;
  declare private _reasonError: string;
  declare private _commentError: string;
  declare private _status: string;

  constructor() {
    super();
    this.targets = [];
    this.allowed = [];
    this.comments = [];
    this.reason = '';
    this.locale = 'zh-CN';
    this.disabled = false;
    this._target = '';
    this._draft = '';
    this._reasonError = '';
    this._commentError = '';
    this._status = '';
  }

  private text<K extends KeysUnder<'review'>>(key: K, ...params: MessageArgs<`review.${K}`>): string {
    return text(`review.${key}`, this.locale, ...params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('targets') && !this.targets.some((t) => t.id === this._target)) this._target = this.targets[0]?.id ?? '';
  }

  private labelOf(target: string): string {
    return this.targets.find((t) => t.id === target)?.label ?? target;
  }

  private get actions(): ReviewAction[] {
    const allowed = Array.isArray(this.allowed) ? this.allowed : [];
    return REVIEW_ACTIONS.filter((a) => allowed.includes(a));
  }

  private focusById(id: string): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus());
  }

  /** Adds (or replaces) the comment being written; false when there is none. */
  private saveDraft(): boolean {
    const text = this._draft.trim();
    if (!this._target || text === '') return false;
    const existed = this.comments.some((c) => c.target === this._target);
    this.comments = existed ? this.comments.map((c) => (c.target === this._target ? { target: c.target, text } : c)) : [...this.comments, { target: this._target, text }];
    this._draft = '';
    this._commentError = '';
    const label = this.labelOf(this._target);
    this._status = this.text(existed ? 'commentUpdated' : 'commentAdded', { label });
    return true;
  }

  private addComment(): void {
    if (this.saveDraft()) return;
    this._commentError = this.text('commentRequired');
    this.focusById('comment');
  }

  private removeComment(target: string): void {
    this.comments = this.comments.filter((c) => c.target !== target);
    const label = this.labelOf(target);
    this._status = this.text('commentRemoved', { label });
    this.focusById(this.comments.length ? 'comment' : 'target');
  }

  private chooseTarget(target: string): void {
    this._target = target;
    this._draft = this.comments.find((c) => c.target === target)?.text ?? '';
    this._commentError = '';
  }

  private decide(action: ReviewAction): void {
    const reason = this.reason.trim();
    if (REASON_REQUIRED.has(action) && reason === '') {
      this._reasonError = this.text('reasonRequired', { verb: text(`lifecycle.verb.${action}`, this.locale) });
      this.focusById('reason');
      return;
    }
    this._reasonError = '';
    // A comment still being written counts: the reviewer saw it on screen when deciding.
    this.saveDraft();
    this._status = '';
    this.dispatchEvent(new ShenbaoReviewEvent({ action, reason, comments: this.comments.map((c) => ({ target: c.target, text: c.text })) }));
  }

  /** The panel once no decision is possible: what was said, nothing to change (issue 8 item 13). */
  private renderClosed() {
    const status = this.status;
    const note =
      status === 'draft' || status === undefined
        ? this.text('draft')
        : this.text('closed', { status: text(`lifecycle.statusInText.${status}`, this.locale) });
    return html`<section aria-labelledby="title">
      <h2 part="title" id="title">${this.text('title')}</h2>
      <p class="hint" part="closed">${note}</p>
      ${this.comments.length
        ? html`<h3 class="given">${this.text('given')}</h3>
            <ul part="comments">
              ${this.comments.map((c) => html`<li><p><span class="target">${this.labelOf(c.target)}</span> <span class="text">${c.text}</span></p></li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  override render() {
    const actions = this.actions;
    if (actions.length === 0) return this.renderClosed();
    const existing = this.comments.some((c) => c.target === this._target);
    return html`<section aria-labelledby="title">
      <h2 part="title" id="title">${this.text('title')}</h2>
      <div class="row">
        <label for="reason">${this.text('reason')}</label>
        <span class="hint" id="reason-hint">${this.text('reasonHint')}</span>
        <textarea part="reason" id="reason" rows="3" maxlength="500" .value=${this.reason} ?disabled=${this.disabled}
          aria-invalid=${this._reasonError ? 'true' : 'false'} aria-describedby=${this._reasonError ? 'reason-hint reason-error' : 'reason-hint'}
          @input=${(e: Event) => {
            e.stopPropagation();
            this.reason = (e.target as HTMLTextAreaElement).value;
            if (this.reason.trim()) this._reasonError = '';
          }}
          @change=${(e: Event) => e.stopPropagation()}></textarea>
        ${this._reasonError ? html`<span part="error" class="error" id="reason-error">${this._reasonError}</span>` : nothing}
      </div>
      ${this.targets.length ? this.renderComments(existing) : nothing}
      <p class="sr" role="status" aria-live="polite">${this._status}</p>
      ${actions.length
        ? html`<div part="actions" class="actions">
            ${actions.map(
              (action) => html`<button part="button" type="button" class=${action} ?disabled=${this.disabled} @click=${() => this.decide(action)}>${actionLabel(action, this.locale)}</button>`,
            )}
          </div>`
        : nothing}
    </section>`;
  }

  private renderComments(existing: boolean) {
    return html`<fieldset class="comments" ?disabled=${this.disabled}>
      <legend>${this.text('comments')}</legend>
      <p class="hint" id="comments-hint">${this.text('commentsHint')}</p>
      ${this.comments.length
        ? html`<ul part="comments">
            ${this.comments.map(
              (c) => html`<li>
                <p><span class="target">${this.labelOf(c.target)}</span> <span class="text">${c.text}</span></p>
                <button type="button" class="remove" aria-label="${this.text('remove')} ${this.labelOf(c.target)}" @click=${() => this.removeComment(c.target)}>${this.text('remove')}</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${this.text('none')}</p>`}
      <div class="row">
        <label for="target">${this.text('target')}</label>
        <select id="target" aria-describedby="comments-hint" @change=${(e: Event) => {
          e.stopPropagation();
          this.chooseTarget((e.target as HTMLSelectElement).value);
        }} @input=${(e: Event) => e.stopPropagation()}>
          ${this.targets.map((t) => html`<option value=${t.id} ?selected=${t.id === this._target}>${t.label}${this.comments.some((c) => c.target === t.id) ? ' ✎' : ''}</option>`)}
        </select>
      </div>
      <div class="row">
        <label for="comment">${this.text('comment')}</label>
        <textarea id="comment" rows="2" maxlength="500" .value=${this._draft}
          aria-invalid=${this._commentError ? 'true' : 'false'} aria-describedby=${this._commentError ? 'comment-error' : nothing}
          @input=${(e: Event) => {
            e.stopPropagation();
            this._draft = (e.target as HTMLTextAreaElement).value;
            if (this._draft.trim()) this._commentError = '';
          }}
          @change=${(e: Event) => e.stopPropagation()}></textarea>
        ${this._commentError ? html`<span part="error" class="error" id="comment-error">${this._commentError}</span>` : nothing}
      </div>
      <button type="button" class="add" @click=${() => this.addComment()}>${this.text(existing ? 'update' : 'add')}</button>
    </fieldset>`;
  }
}
