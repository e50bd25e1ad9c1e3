/**
 * `<shenbao-doc-viewer>`: one document of a record at full size (issue 8 item 12, PEM-10): zoom,
 * rotate, previous and next within the record, and — for a reviewer — the comment box for the
 * material beside it. A modal `<dialog>` named by the document's place (老师 2（李某）· 身份证正面):
 * focus stays inside while it is open and returns to what opened it; Esc closes, ← → move,
 * + − 0 zoom, R rotates. `<shenbao-form>` loads it on first use (`ShenbaoDocViewer.define()`).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { text, type KeysUnder, type Locale, type MessageArgs } from '@shenbao/core';
import { ShenbaoCommentEvent } from '../../events/shenbao-comment-event.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { textBoxStyles } from '../../styles/text-box.styles.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import type { ReviewComment } from '../../types.js';
import { docViewerStyles } from './doc-viewer.styles.js';
import { LocalizedElement } from '../../localized-element.js';

/** One document the viewer can show. */
export interface ViewerDocument {
  /** The file's reference id. */
  id: string;
  name: string;
  /** Media type: images are drawn, other files (PDF) are offered as a link. */
  type: string;
  /** Where to load it from; none: the viewer says it cannot show it. */
  url?: string;
  /** Its place in the record, e.g. `老师 2（李某）· 身份证正面`: the dialog's name. */
  label: string;
  /** The comment target of its material (the slot instance path). */
  target: string;
  /** The material's place, e.g. `老师 2（李某）· 身份证`: what a comment is on. */
  targetLabel: string;
}


const ZOOM_STEP = 1.25;
const ZOOM_MIN = 0.25;
const ZOOM_MAX = 8;

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal viewer of a record's documents.
 *
 * @csspart dialog - The dialog.
 * @csspart title - The document's place.
 * @csspart stage - The scrollable area the document is drawn in.
 * @csspart image - The image.
 * @csspart tools - The tool bar (previous, next, zoom, rotate).
 * @csspart comment - The comment box beside the document.
 * @cssproperty [--shenbao-accent-color=#1565c0] - Buttons and focus.
 * @cssproperty [--shenbao-viewer-background=#2b2f36] - Behind the document.
 * @event close - The viewer closed (Esc, 关闭, or `close()`); focus is back where it was when it opened.
 * @event shenbao-comment - A reviewer saved the comment on the shown material; `detail` is `{ target, text }` (empty text: removed).
 */
export class ShenbaoDocViewer extends LocalizedElement {
  /** The tag the viewer is defined under. */
  static readonly tagName = 'shenbao-doc-viewer';

  /** Defines the element under {@link ShenbaoDocViewer.tagName} once (the form calls it on first use). */
  static define(): void {
    if (!customElements.get(ShenbaoDocViewer.tagName)) customElements.define(ShenbaoDocViewer.tagName, ShenbaoDocViewer);
  }

  static override styles = [controlStateStyles, visuallyHiddenStyles, textBoxStyles, docViewerStyles];
  static override properties = {
    documents: { attribute: false },
    index: { type: Number },
    comments: { attribute: false },
    commentable: { type: Boolean },
    locale: { type: String },
    _zoom: { state: true },
    _rotation: { state: true },
    _natural: { state: true },
    _stage: { state: true },
    _draft: { state: true },
    _status: { state: true },
  };

  /** The record's documents in screen order. */
  declare documents: readonly ViewerDocument[];
  /** The one shown. */
  declare index: number;
  /** The comments so far (the box shows the one on the shown material). */
  declare comments: readonly ReviewComment[];
  /** Offer the comment box (a reviewer's desk). */
  declare commentable: boolean;
  declare locale: Locale;
  declare private _zoom: number;
  declare private _rotation: number;
  declare private _natural: { width: number; height: number } | undefined;
  declare private _stage: { width: number; height: number };
  declare private _draft: string;
  declare private _status: string;

  private opener: HTMLElement | null = null;
  private readonly resize = new ResizeObserver(() => this.measure());

  constructor() {
    super();
    this.documents = [];
    this.index = 0;
    this.comments = [];
    this.commentable = false;
    this.locale = 'zh-CN';
    this._zoom = 1;
    this._rotation = 0;
    this._stage = { width: 0, height: 0 };
    this._draft = '';
    this._status = '';
  }

  private text<K extends KeysUnder<'viewer'>>(key: K, ...params: MessageArgs<`viewer.${K}`>): string {
    return text(`viewer.${key}`, this.locale, ...params);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The document shown now. */
  get current(): ViewerDocument | undefined {
    return this.documents[Math.max(0, Math.min(this.index, this.documents.length - 1))];
  }

  /** Whether the viewer is open. */
  get open(): boolean {
    return this.dialog?.open === true;
  }

  /** Opens the viewer at `index` (default: the current one) as a modal dialog; focus goes to its close button. */
  async show(index = this.index): Promise<void> {
    this.opener = deepActiveElement();
    this.index = index;
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('button.close')?.focus();
    this.measure();
  }

  /** Closes the viewer; focus returns to what had it when the viewer opened. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override firstUpdated(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (stage) this.resize.observe(stage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') || changed.has('documents')) {
      const previous = changed.get('index') as number | undefined;
      if (previous !== this.index || changed.has('documents')) {
        this._zoom = 1;
        this._rotation = 0;
        this._natural = undefined;
        this._status = '';
      }
    }
    if (changed.has('index') || changed.has('documents') || changed.has('comments')) {
      const target = this.current?.target;
      this._draft = this.comments.find((c) => c.target === target)?.text ?? '';
    }
  }

  private measure(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (stage) this._stage = { width: stage.clientWidth, height: stage.clientHeight };
  }

  private onClose(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  }

  private move(step: number): void {
    const count = this.documents.length;
    if (count < 2) return;
    this.index = (this.index + step + count) % count;
  }

  private zoomBy(factor: number): void {
    this._zoom = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, this._zoom * factor));
  }

  private rotate(quarterTurns: number): void {
    this._rotation = (this._rotation + quarterTurns * 90 + 360) % 360;
  }

  private onKeydown(event: KeyboardEvent): void {
    const inText = (event.composedPath()[0] as HTMLElement | undefined)?.localName === 'textarea';
    if (inText || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => this.move(-1),
      ArrowRight: () => this.move(1),
      '+': () => this.zoomBy(ZOOM_STEP),
      '=': () => this.zoomBy(ZOOM_STEP),
      '-': () => this.zoomBy(1 / ZOOM_STEP),
      '0': () => (this._zoom = 1),
      r: () => this.rotate(1),
      R: () => this.rotate(-1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private saveComment(): void {
    const doc = this.current;
    if (!doc) return;
    const text = this._draft.trim();
    this.dispatchEvent(new ShenbaoCommentEvent({ target: doc.target, text }));
    this._status = this.text(text ? 'saved' : 'removed', { target: doc.targetLabel });
  }

  override render() {
    const doc = this.current;
    const count = this.documents.length;
    const many = count > 1;
    const percent = Math.round(this._zoom * 100);
    return html`<dialog part="dialog" class=${this.commentable ? 'with-comment' : ''} aria-labelledby="title" aria-describedby="keys"
        @close=${() => this.onClose()} @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}>
      <header>
        <h2 part="title" id="title">${doc?.label ?? ''}</h2>
        ${many ? html`<span class="count">${this.index + 1} / ${count}</span>` : nothing}
        <button type="button" class="close" @click=${() => this.close()}>${this.text('close')}</button>
      </header>
      <div class="main">
        <div part="stage" class="stage" tabindex="0" role="region" aria-label=${this.text('stage')}>${doc ? this.renderDocument(doc) : nothing}</div>
        <div part="tools" class="tools">
          ${many
            ? html`<button type="button" data-action="previous" @click=${() => this.move(-1)}>${this.text('previous')}</button>
                <button type="button" data-action="next" @click=${() => this.move(1)}>${this.text('next')}</button>`
            : nothing}
          <button type="button" data-action="zoom-out" aria-label=${this.text('zoomOut')} ?disabled=${this._zoom <= ZOOM_MIN} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
          <span class="zoom" aria-hidden="true">${percent}%</span>
          <button type="button" data-action="zoom-in" aria-label=${this.text('zoomIn')} ?disabled=${this._zoom >= ZOOM_MAX} @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" data-action="fit" @click=${() => (this._zoom = 1)}>${this.text('fit')}</button>
          <button type="button" data-action="rotate-left" @click=${() => this.rotate(-1)}>${this.text('rotateLeft')}</button>
          <button type="button" data-action="rotate-right" @click=${() => this.rotate(1)}>${this.text('rotateRight')}</button>
          <span class="sr" role="status" aria-live="polite">${this.text('zoomLevel', { percent, degrees: this._rotation })}</span>
        </div>
      </div>
      <p class="keys" id="keys">${this.text('keys')}</p>
      ${this.commentable && doc ? this.renderComment(doc) : nothing}
    </dialog>`;
  }

  private renderDocument(doc: ViewerDocument) {
    if (!doc.url || !doc.type.startsWith('image/')) {
      return html`<div class="other">
        <p>${doc.name}</p>
        ${doc.url
          ? html`<p><a href=${doc.url} target="_blank" rel="noopener">${this.text('open', { name: doc.name })}</a></p>`
          : html`<p>${this.text('cannotShow')}</p>`}
      </div>`;
    }
    const natural = this._natural;
    const turned = this._rotation % 180 !== 0;
    let frame = '';
    let image = `transform: translate(-50%, -50%) rotate(${this._rotation}deg)`;
    if (natural && this._stage.width > 0) {
      const boxWidth = turned ? natural.height : natural.width;
      const boxHeight = turned ? natural.width : natural.height;
      const fit = Math.min(this._stage.width / boxWidth, this._stage.height / boxHeight);
      const scale = fit * this._zoom;
      frame = `width: ${boxWidth * scale}px; height: ${boxHeight * scale}px`;
      image += `; width: ${natural.width * scale}px; height: ${natural.height * scale}px`;
    } else image += '; visibility: hidden';
    return html`<div class="frame" style=${frame}>
      <img part="image" src=${doc.url} alt="${doc.label}：${doc.name}" style=${image}
        @load=${(e: Event) => {
          const img = e.target as HTMLImageElement;
          this._natural = { width: img.naturalWidth || 1, height: img.naturalHeight || 1 };
          this.measure();
        }} />
    </div>`;
  }

  private renderComment(doc: ViewerDocument) {
    return html`<aside part="comment">
      <label for="comment">${this.text('comment', { target: doc.targetLabel })}</label>
      <textarea id="comment" rows="4" maxlength="500" .value=${this._draft}
        @input=${(e: Event) => {
          e.stopPropagation();
          this._draft = (e.target as HTMLTextAreaElement).value;
        }}
        @change=${(e: Event) => e.stopPropagation()}></textarea>
      <button type="button" class="primary" data-action="save-comment" @click=${() => this.saveComment()}>${this.text('save')}</button>
      <p class="status" role="status" aria-live="polite">${this._status}</p>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shenbao-doc-viewer': ShenbaoDocViewer;
  }
}
