/**
 * `<shenbao-upload>`: one attachment slot instance (PEM-1, PEM-2, PEM-9, PEM-10, RN-2, TCM-5). The
 * candidate picks or photographs files; each is checked by content with core's `checkFile` before
 * anything is sent, uploaded through the host's {@link Uploader} with a progress bar and a cancel
 * button, then reported to the form as the slot's new list of references. Fixed counts of two
 * (identity documents) show two labelled places, 正面 and 反面. A photo refused only for being stored
 * rotated or mirrored can be straightened in the browser and uploaded (「自动转正后上传」, PEM-9).
 * Read-only after submission. This file holds the element: its properties, picking, focus and
 * rendering; the upload jobs, straighten offers and messages are its {@link UploadQueue}
 * (`upload-queue.ts`).
 */
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatSize, localize, type AttachmentRef, type AttachmentSlot, type Locale, type MessageArgs } from '@shenbao/core';
import type { SlotState } from '@shenbao/rules';
import { ShenbaoOpenDocumentEvent } from '../../events/shenbao-open-document-event.js';
import { ShenbaoFieldChangeEvent } from '../../events/shenbao-field-change-event.js';
import type { Uploader } from '../../types.js';
import { UploadQueue, type PendingUpload } from './upload-queue.js';
import { filesByPlace, putAtPlace } from './upload-places.js';
import { sampleDrawing } from './sample-drawings.js';
import { uploadStyles } from './upload.styles.js';
import { ruleText, uploadText, type UploadTextKey } from './upload.texts.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { fieldHostStyles } from '../../styles/field-host.styles.js';
import { LocalizedElement } from '../../localized-element.js';

/** File name extensions browsers' pickers understand, per accepted type. */
const EXTENSIONS: Record<string, string> = { 'image/jpeg': '.jpg,.jpeg', 'image/png': '.png', 'application/pdf': '.pdf' };

/** Where the next picked file goes (`place`: 0 正面 or 1 反面 of a front/back slot). */
type PickTarget = { kind: 'add'; place?: number } | { kind: 'replace'; id: string };

/**
 * One attachment slot of a shenbao form. The form sets its properties; the element reports a new
 * list of references with `shenbao-field-change` (`detail.pointer` is the slot instance path).
 *
 * @csspart label - The slot's label.
 * @csspart rule - The count rule, accepted types and size limit.
 * @csspart hint - The slot's hint from the definition.
 * @csspart comment - The reviewer's comment on this slot (PEM-10).
 * @csspart files - The list of files (or the two places of a front/back slot).
 * @csspart file - One file: its preview, name and buttons.
 * @csspart open - The button around a thumbnail that opens the document viewer.
 * @csspart preview - An image thumbnail.
 * @csspart chip - A file shown without an image (PDF, or no preview available).
 * @csspart progress - The progress bar of an upload.
 * @csspart button - Every button.
 * @csspart add - The buttons that pick or photograph a new file.
 * @csspart straighten - The 「自动转正后上传」 button offered for an image stored rotated or mirrored.
 * @csspart sample - The 示例 button that opens the slot's sample.
 * @csspart sample-dialog - The dialog showing the sample.
 * @csspart error - The errors (file refused, upload failed, the form's message).
 * @cssproperty [--shenbao-accent-color=#1565c0] - Buttons, progress and focus.
 * @cssproperty [--shenbao-error-color=#c62828] - Required mark, errors and the reviewer's comment.
 * @cssproperty [--shenbao-border-color=#c9ced6] - Borders of files and places.
 * @cssproperty [--shenbao-radius=6px] - Corner radius.
 * @cssproperty [--shenbao-thumb-size=96px] - Width and height of thumbnails.
 * @cssproperty [--shenbao-comment-background=#fdecea] - Background of the reviewer's comment.
 * @event shenbao-open-document - A thumbnail was activated; `detail` is `{ path, id }` (the form opens its document viewer).
 * @event shenbao-field-change - The slot's files changed; `detail` is `{ pointer: path, value: AttachmentRef[], commit: true }`.
 */
export class ShenbaoUpload extends LocalizedElement {
  static override styles = [fieldHostStyles, controlStateStyles, visuallyHiddenStyles, uploadStyles];
  static override properties = {
    attachmentSlot: { attribute: false },
    path: { type: String },
    files: { attribute: false },
    state: { attribute: false },
    uploader: { attribute: false },
    locale: { type: String },
    readonly: { type: Boolean, reflect: true },
    error: { attribute: false },
    comment: { attribute: false },
    _broken: { state: true },
  };

  /**
   * The slot as the definition declares it. (Not named `slot`: that is every element's slot-name
   * string, and setting an object there would move the element out of its parent's slot.)
   */
  declare attachmentSlot: AttachmentSlot | undefined;
  /** Slot instance path, e.g. `/attachments/identity` or `/teachers/0/attachments/teacherIdCard`. */
  declare path: string;
  /** The references currently in the data. */
  declare files: AttachmentRef[];
  /** The slot's state from the evaluation (min and max after the rules); falls back to the slot's. */
  declare state: SlotState | undefined;
  declare uploader: Uploader | undefined;
  declare locale: Locale;
  /** Locked: thumbnails only, no buttons (after submission, PEM-10). */
  declare readonly: boolean;
  /** The form's message for this slot (e.g. a missing file). */
  declare error: string | undefined;
  /** The reviewer's comment on this slot (PEM-10), shown above the files. */
  declare comment: string | undefined;
  declare private _broken: ReadonlySet<string>;

  /** Object URLs of files picked in this session, by reference id. */
  private readonly previews = new Map<string, string>();
  private target: PickTarget = { kind: 'add' };
  /** Pending uploads, straighten offers and the slot's messages. */
  private readonly queue = new UploadQueue(this, {
    files: () => this.list,
    uploaded: (ref, file, replaces, place) => this.uploaded(ref, file, replaces, place),
    offerGone: () => this.focusAfterOffer(),
  });

  constructor() {
    super();
    this.path = '';
    this.files = [];
    this.locale = 'zh-CN';
    this.readonly = false;
    this._broken = new Set();
  }

  /** Lowest number of files, after the rules. */
  get min(): number {
    return this.state?.min ?? this.attachmentSlot?.min ?? 0;
  }

  /** Highest number of files, after the rules. */
  get max(): number {
    return this.state?.max ?? this.attachmentSlot?.max ?? Infinity;
  }

  private get list(): AttachmentRef[] {
    return Array.isArray(this.files) ? this.files : [];
  }

  /** Two labelled places (正面, 反面) for a slot that takes exactly two files (PEM-2, RN-2). */
  private get places(): boolean {
    return this.min === 2 && this.max === 2;
  }

  private text<K extends UploadTextKey>(key: K, ...params: MessageArgs<`upload.${K}`>): string {
    return uploadText(key, this.locale, ...params);
  }

  /** Moves focus to the first button (the form focuses a slot with a problem). */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('button:not([disabled])') ?? this.renderRoot.querySelector<HTMLElement>('[data-group]');
    target?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the queue cancels its uploads
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files')) {
      const ids = new Set(this.list.map((f) => f.id));
      for (const [id, url] of this.previews) {
        if (!ids.has(id)) {
          URL.revokeObjectURL(url);
          this.previews.delete(id);
        }
      }
    }
  }

  // ——— picking, committing, deleting ———

  private pick(target: PickTarget, camera: boolean): void {
    this.target = target;
    const input = this.renderRoot.querySelector<HTMLInputElement>(camera ? 'input[data-camera]' : 'input[data-picker]');
    if (!input) return;
    input.multiple = !camera && target.kind === 'add' && target.place === undefined && this.max - this.list.length - this.queue.pending.length > 1;
    input.click();
  }

  private async onPicked(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    input.value = ''; // the same file can be picked again after a refusal
    const target = this.target;
    this.target = { kind: 'add' };
    if (picked.length === 0 || this.readonly) return;
    await this.queue.add(picked, target.kind === 'replace' ? target.id : undefined, target.kind === 'add' ? (target.place ?? this.freePlace()) : undefined);
  }

  /** A front/back slot's first place with neither a file nor an upload (undefined for other slots, or none free). */
  private freePlace(): number | undefined {
    if (!this.places) return undefined;
    const files = filesByPlace(this.list);
    const free = files.findIndex((f, i) => f === undefined && !this.queue.pending.some((j) => j.place === i));
    return free < 0 ? undefined : free;
  }

  /**
   * Puts an uploaded file's reference in place of the one it replaces, else into its place (正面,
   * 反面: whichever finished first), else last, and reports the list.
   */
  private uploaded(ref: AttachmentRef, file: File, replaces: string | undefined, place: number | undefined): void {
    if (ref.type.startsWith('image/')) this.previews.set(ref.id, URL.createObjectURL(file));
    if (this.places) {
      const replaced = replaces === undefined ? -1 : filesByPlace(this.list).findIndex((f) => f?.id === replaces);
      const at = replaced >= 0 ? replaced : (place ?? filesByPlace(this.list).findIndex((f) => f === undefined));
      if (at >= 0) {
        this.commit(putAtPlace(this.list, ref, at));
        return;
      }
    }
    const next = [...this.list];
    const at = replaces === undefined ? -1 : next.findIndex((f) => f.id === replaces);
    if (at >= 0) next[at] = ref;
    else next.push(ref);
    this.commit(next);
  }

  /** A straighten button has gone: focus stays in the slot, on the next offer or the slot itself. */
  private focusAfterOffer(): void {
    (this.renderRoot.querySelector<HTMLElement>('button[data-straighten]') ?? this.renderRoot.querySelector<HTMLElement>('[data-group]'))?.focus();
  }

  private commit(next: AttachmentRef[]): void {
    this.files = next;
    this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer: this.path, value: next, commit: true }));
  }

  private async deleteFile(ref: AttachmentRef): Promise<void> {
    const index = this.list.findIndex((f) => f.id === ref.id);
    if (index < 0) return;
    this.queue.errors = [];
    this.queue.offers = [];
    this.commit(this.list.filter((f) => f.id !== ref.id));
    this.queue.status = this.text('deleted', { name: ref.name });
    await this.updateComplete;
    // Focus stays in the slot: the file now at this position, else the one before, else the add button.
    const deletes = [...this.renderRoot.querySelectorAll<HTMLElement>('button[data-delete]')];
    const next = deletes[Math.min(index, deletes.length - 1)];
    (next ?? this.renderRoot.querySelector<HTMLElement>('button[data-add]:not([disabled])') ?? this.renderRoot.querySelector<HTMLElement>('[data-group]'))?.focus();
  }

  // ——— rendering ———

  override render(): TemplateResult | typeof nothing {
    const slot = this.attachmentSlot;
    if (!slot) return nothing;
    const label = localize(slot.label, this.locale);
    const hint = slot.hint ? localize(slot.hint, this.locale) : '';
    const required = this.state?.required ?? this.min > 0;
    const errors = [...this.queue.errors, ...this.queue.offers.map((o) => o.message), ...(this.error ? [this.error] : [])];
    const describedBy = ['rule', hint ? 'hint' : '', this.comment ? 'comment' : '', errors.length ? 'errors' : ''].filter(Boolean).join(' ');
    return html`<div class="upload" role="group" aria-labelledby="label" aria-describedby=${describedBy} tabindex="-1" data-group>
      <div class="header">
        <span part="label" class="label" id="label">${required ? html`<span class="mark" aria-hidden="true">*</span>` : nothing}${label}</span>
        <span class="rule-line"><span part="rule" class="rule" id="rule">${ruleText(slot, this.min, this.max, this.list.length, this.locale)}</span>${this.readonly ? nothing : this.renderSample(slot, label)}</span>
      </div>
      ${hint && !this.readonly ? html`<p part="hint" class="hint" id="hint">${hint}</p>` : nothing}
      ${this.comment
        ? html`<p part="comment" class="comment" id="comment"><strong>${this.text('comment')}：</strong>${this.comment}</p>`
        : nothing}
      ${this.places ? this.renderPlaces(label) : this.renderList(label)}
      <div part="error" class="errors" id="errors" aria-live="assertive">${errors.map((e) => html`<p class="error">${e}</p>`)}</div>
      ${this.queue.offers.length && !this.readonly ? this.renderOffers() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.queue.status}</p>
      ${this.readonly ? nothing : this.renderInputs(slot)}
    </div>`;
  }

  /**
   * The 示例 the manual shows for this material (a built-in drawing or the definition's image): a
   * 示例 button opening it in a modal dialog (Esc or 关闭 closes it; focus returns to the button).
   */
  private renderSample(slot: AttachmentSlot, label: string) {
    const sample = slot.sample;
    if (!sample) return nothing;
    const alt = localize(sample.alt, this.locale);
    const dialog = () => this.renderRoot.querySelector<HTMLDialogElement>('dialog[data-sample]');
    return html`<button part="button sample" type="button" class="sample" data-sample-open aria-haspopup="dialog" aria-label=${this.text('sampleOf', { label })}
        @click=${() => dialog()?.showModal()}>${this.text('sample')}</button>
      <dialog part="sample-dialog" class="sample-dialog" data-sample aria-labelledby="sample-title"
        @close=${() => this.renderRoot.querySelector<HTMLElement>('button[data-sample-open]')?.focus()}>
        <div class="sample-head">
          <h2 class="sample-title" id="sample-title">${this.text('sampleTitle', { label })}</h2>
          <button part="button" type="button" data-sample-close @click=${() => dialog()?.close()}>${this.text('close')}</button>
        </div>
        ${'drawing' in sample ? sampleDrawing(sample.drawing, alt, this.locale) : html`<img class="sample-image" src=${sample.src} alt=${alt} />`}
      </dialog>`;
  }

  /** The 「自动转正后上传」 buttons, right under the refusals they fix. */
  private renderOffers() {
    return html`<div class="offers">
      ${repeat(this.queue.offers, (o) => o.key, (o) => html`<button part="button straighten" type="button" data-straighten
        aria-label=${this.text('straightenFile', { name: o.name })} @click=${() => void this.queue.straighten(o)}>${this.text('straighten')}</button>`)}
    </div>`;
  }

  private renderInputs(slot: AttachmentSlot) {
    const accept = slot.accept.map((type) => `${type},${EXTENSIONS[type] ?? ''}`.replace(/,$/, '')).join(',');
    const images = slot.accept.some((type) => type.startsWith('image/'));
    return html`<input type="file" hidden data-picker accept=${accept} @change=${(e: Event) => void this.onPicked(e)} />
      ${images
        ? html`<input type="file" hidden data-camera accept=${slot.accept.filter((t) => t.startsWith('image/')).join(',')} capture="environment"
            @change=${(e: Event) => void this.onPicked(e)} />`
        : nothing}`;
  }

  private renderList(label: string) {
    const full = this.list.length + this.queue.pending.length >= this.max;
    const empty = this.list.length === 0 && this.queue.pending.length === 0;
    return html`${empty && this.readonly ? this.renderMissing() : nothing}
      ${empty
        ? nothing
        : html`<ul part="files" class="files" role="list">
            ${repeat(this.list, (f) => f.id, (f, i) => html`<li class="item">${this.renderFile(f, `${label} ${i + 1}`)}</li>`)}
            ${repeat(this.queue.pending, (j) => j.key, (j) => html`<li class="item">${this.renderPending(j)}</li>`)}
          </ul>`}
      ${this.readonly || full ? nothing : this.renderAdd(label, false)}`;
  }

  /**
   * Two places, 正面 then 反面, each with its own file, upload or buttons: a file shows in the place
   * it was picked for, whichever upload finished first, and every file can be deleted.
   */
  private renderPlaces(label: string) {
    const names = [this.text('front'), this.text('back')];
    const files = filesByPlace(this.list);
    return html`<ol part="files" class="places" role="list">
      ${names.map((place, i) => {
        const file = files[i];
        const job = file ? undefined : this.queue.pending.find((j) => j.place === i);
        let body: unknown;
        if (file) body = this.renderFile(file, `${label} ${place}`);
        else if (job) body = this.renderPending(job);
        else if (this.readonly) body = this.renderMissing();
        else body = this.renderAdd(`${label} ${place}`, false, i);
        return html`<li class="place"><span class="place-name">${place}</span>${body}</li>`;
      })}
    </ol>`;
  }

  private renderMissing() {
    const required = this.state?.required ?? this.min > 0;
    return html`<p class="missing ${required ? 'required' : ''}">${this.text('notUploaded')}</p>`;
  }

  private renderAdd(target: string, disabled: boolean, place?: number) {
    const images = this.attachmentSlot!.accept.some((type) => type.startsWith('image/'));
    const choose = this.text('choose');
    const camera = this.text('camera');
    return html`<div class="add">
      <button part="button add" type="button" data-add ?disabled=${disabled} aria-label=${this.text('addTo', { action: choose, slot: target })} aria-describedby="rule"
        @click=${() => this.pick(place === undefined ? { kind: 'add' } : { kind: 'add', place }, false)}>${choose}</button>
      ${images
        ? html`<button part="button add" type="button" data-add data-camera-button ?disabled=${disabled} aria-label=${this.text('addTo', { action: camera, slot: target })} aria-describedby="rule"
            @click=${() => this.pick(place === undefined ? { kind: 'add' } : { kind: 'add', place }, true)}>${camera}</button>`
        : nothing}
    </div>`;
  }

  private previewUrl(ref: AttachmentRef): string | undefined {
    if (!ref.type.startsWith('image/') || this._broken.has(ref.id)) return undefined;
    return this.previews.get(ref.id) ?? this.uploader?.url?.(ref);
  }

  private renderFile(ref: AttachmentRef, alt: string) {
    const url = this.previewUrl(ref);
    const kind = ref.type === 'application/pdf' ? 'PDF' : (ref.type.split('/')[1] ?? '').toUpperCase() || '?';
    const replacing = this.queue.pending.some((j) => j.replaces === ref.id);
    return html`<figure part="file" class="file">
        ${url
          ? html`<button part="open" type="button" class="open" data-open @click=${() => this.dispatchEvent(new ShenbaoOpenDocumentEvent({ path: this.path, id: ref.id }))}>
              <img part="preview" class="thumb" src=${url} alt="${alt}：${ref.name}" @error=${() => (this._broken = new Set([...this._broken, ref.id]))} /><span class="visually-hidden">${this.text('open')}</span>
            </button>`
          : html`<span part="chip" class="chip" aria-hidden="true">${kind === 'JPEG' ? 'JPG' : kind}</span>`}
        <figcaption class="caption"><span class="name">${ref.name}</span> <span class="size">${formatSize(ref.size, 'up')}</span></figcaption>
      </figure>
      ${this.readonly
        ? nothing
        : html`<div class="actions">
            <button part="button" type="button" ?disabled=${replacing} aria-label=${this.text('replaceFile', { name: ref.name })} @click=${() => this.pick({ kind: 'replace', id: ref.id }, false)}>
              ${this.text('replace')}
            </button>
            <button part="button" type="button" class="danger" data-delete ?disabled=${replacing} aria-label=${this.text('deleteFile', { name: ref.name })} @click=${() => void this.deleteFile(ref)}>
              ${this.text('delete')}
            </button>
          </div>`}`;
  }

  private renderPending(job: PendingUpload) {
    return html`<div class="pending">
      <span class="name">${job.name}</span>
      <div class="bar">
        ${job.sent
          ? // Every byte is sent; the server is still checking and storing the file: no fake "100 %".
            html`<progress part="progress" aria-label=${this.text('progressOf', { name: job.name })}></progress>
              <span class="percent">${this.text('processing')}</span>`
          : html`<progress part="progress" max="100" .value=${job.percent} aria-valuenow=${job.percent} aria-valuemin="0" aria-valuemax="100" aria-label=${this.text('progressOf', { name: job.name })}></progress>
              <span class="percent" aria-hidden="true">${job.percent} %</span>`}
      </div>
      <button part="button" type="button" aria-label=${this.text('cancelUpload', { name: job.name })} @click=${() => this.queue.cancel(job)}>${this.text('cancel')}</button>
    </div>`;
  }
}
