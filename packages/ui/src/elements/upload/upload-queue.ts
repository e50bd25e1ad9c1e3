/**
 * The upload jobs of one `<shenbao-upload>`, as a Lit reactive controller: each picked file is
 * checked by content with core's `checkFile`, then sent through the host's {@link Uploader} as a
 * pending job with a progress bar (announced to screen readers by quarters) and an AbortController
 * behind its cancel button. A photo refused only for being stored rotated or mirrored becomes a
 * straighten offer instead of an error (PEM-9). The queue also holds the slot's messages: the
 * refusals and failures shown under the files, and the polite status line. Disconnecting the
 * element cancels every job.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFile, type AttachmentRef, type AttachmentSlot, type Locale, type MessageArgs } from '@shenbao/core';
import type { Uploader } from '../../types.js';
import { canStraighten, straightenImage, straightenType, type StraightenType } from './straighten.js';
import { uploadText, type UploadTextKey } from './upload.texts.js';

/** An upload in progress. */
export interface PendingUpload {
  key: number;
  name: string;
  /** 0–100. */
  percent: number;
  /** Last quarter announced to screen readers (0–3). */
  announced: number;
  controller: AbortController;
  /** Id of the file this upload replaces (its position is kept). */
  replaces?: string;
  /** The place it fills in a front/back slot (0 正面, 1 反面). */
  place?: number;
  /** Every byte is sent; the server has not answered yet (处理中). */
  sent: boolean;
}

/** A file refused only for being stored rotated or mirrored, which the candidate may have straightened. */
export interface StraightenOffer {
  key: number;
  file: File;
  name: string;
  /** The refusal message shown with the offer. */
  message: string;
  type: StraightenType;
  replaces?: string;
  place?: number;
}

/** The element the queue serves: its reactive properties that uploads read. */
export interface UploadQueueHost extends ReactiveControllerHost {
  readonly attachmentSlot: AttachmentSlot | undefined;
  readonly path: string;
  readonly locale: Locale;
  readonly uploader: Uploader | undefined;
  readonly readonly: boolean;
  /** Highest number of files, after the rules. */
  readonly max: number;
}

/** What the queue asks of its element beyond its properties. */
export interface UploadQueueOptions {
  /** The references currently in the slot. */
  files(): AttachmentRef[];
  /** A file was uploaded: put its reference in place of `replaces`, else at `place` (front/back slots), else last, and report the new list. */
  uploaded(ref: AttachmentRef, file: File, replaces: string | undefined, place: number | undefined): void;
  /** An offer's button has just gone from the page: keep focus in the slot. */
  offerGone(): void;
}

let nextKey = 0;

/** Pending uploads, straighten offers and the messages of one upload slot; the host re-renders on each change. */
export class UploadQueue implements ReactiveController {
  private _pending: PendingUpload[] = [];
  private _errors: string[] = [];
  private _offers: StraightenOffer[] = [];
  private _status = '';

  constructor(
    private readonly host: UploadQueueHost,
    private readonly options: UploadQueueOptions,
  ) {
    host.addController(this);
  }

  /** Uploads in progress, in the order they started. */
  get pending(): PendingUpload[] {
    return this._pending;
  }
  set pending(value: PendingUpload[]) {
    this._pending = value;
    this.host.requestUpdate();
  }

  /** Refusals and failures, shown under the files. */
  get errors(): string[] {
    return this._errors;
  }
  set errors(value: string[]) {
    this._errors = value;
    this.host.requestUpdate();
  }

  /** Files that may be straightened, each with its 「自动转正后上传」 button. */
  get offers(): StraightenOffer[] {
    return this._offers;
  }
  set offers(value: StraightenOffer[]) {
    this._offers = value;
    this.host.requestUpdate();
  }

  /** The last thing to announce politely to screen readers. */
  get status(): string {
    return this._status;
  }
  set status(value: string) {
    this._status = value;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const job of this._pending) job.controller.abort();
  }

  /** Checks and uploads picked files: one in place of `replaces` or into `place`, else as many as there is room for. */
  async add(picked: File[], replaces?: string, place?: number): Promise<void> {
    this.errors = [];
    this.offers = [];
    if (replaces !== undefined || place !== undefined) {
      await this.uploadOne(picked[0]!, replaces, true, place);
      return;
    }
    const room = Math.max(0, this.host.max - this.options.files().length - this.pending.length);
    if (picked.length > room) this.errors = [this.tooMany(room, picked.length - room)];
    await Promise.all(picked.slice(0, room).map((file) => this.uploadOne(file)));
  }

  /** Cancels an upload: its signal aborts, and the job ends as cancelled. */
  cancel(job: PendingUpload): void {
    job.controller.abort();
  }

  /** Straightens an offered file in the browser, then checks and uploads it as if picked (PEM-9). */
  async straighten(offer: StraightenOffer): Promise<void> {
    const slot = this.host.attachmentSlot;
    if (!slot || this.host.readonly) return;
    this.offers = this.offers.filter((o) => o !== offer);
    this.status = this.text('straightening', { name: offer.name });
    await this.host.updateComplete;
    this.options.offerGone();
    let upright: File | undefined;
    try {
      upright = await straightenImage(offer.file, offer.name, offer.type, slot.maxBytes);
    } catch {
      this.errors = [...this.errors, this.text('straightenFailed', { name: offer.name })];
    }
    const full = offer.replaces === undefined && this.options.files().length + this.pending.length >= this.host.max;
    if (upright && full) this.errors = [...this.errors, this.tooMany(0, 1)];
    if (upright && !full) await this.uploadOne(upright, offer.replaces, false, offer.place);
    else this.status = '';
  }

  /**
   * Checks one file by content, uploads it and puts its reference into the list. A file refused only
   * for its EXIF orientation gets a straighten offer (unless `offer` is false: it was straightened).
   */
  private async uploadOne(file: File, replaces?: string, offer = true, place?: number): Promise<void> {
    const slot = this.host.attachmentSlot;
    if (!slot) return;
    const name = file.name || 'file';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = await checkFile(bytes, slot, name, this.host.path, this.host.locale);
    if (!checked.ok) {
      const type = straightenType(checked.info.type, slot.accept);
      if (offer && type && canStraighten() && checked.issues.every((issue) => issue.code === 'attachment-orientation')) {
        const straighten: StraightenOffer = { key: ++nextKey, file, name, message: checked.issues[0]!.message, type };
        if (replaces !== undefined) straighten.replaces = replaces;
        if (place !== undefined) straighten.place = place;
        this.offers = [...this.offers, straighten];
        this.status = this.text('straightenOffered', { name });
      } else this.errors = [...this.errors, ...checked.issues.map((issue) => issue.message)];
      return;
    }
    const uploader = this.host.uploader;
    if (!uploader) {
      this.errors = [...this.errors, this.text('noUploader', { name })];
      return;
    }
    const job: PendingUpload = { key: ++nextKey, name, percent: 0, announced: 0, controller: new AbortController(), sent: false };
    if (replaces !== undefined) job.replaces = replaces;
    if (place !== undefined) job.place = place;
    this.pending = [...this.pending, job];
    this.status = this.text('uploading', { name });
    try {
      const ref = await uploader.upload({
        file,
        name,
        slot,
        path: this.host.path,
        signal: job.controller.signal,
        onProgress: (fraction) => this.progress(job, fraction),
      });
      if (job.controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
      this.status = this.text('uploaded', { name });
      this.options.uploaded(ref, file, replaces, place);
    } catch (error) {
      if (job.controller.signal.aborted) this.status = this.text('cancelled', { name });
      else this.errors = [...this.errors, this.text('failed', { name, reason: error instanceof Error ? error.message : String(error) })];
    } finally {
      this.pending = this.pending.filter((j) => j !== job);
    }
  }

  private progress(job: PendingUpload, fraction: number): void {
    if (!Number.isFinite(fraction)) return;
    job.percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    // 处理中 only once every byte is really sent (99.6 % rounds to 100 but is still sending).
    job.sent = fraction >= 1;
    const quarter = Math.floor(job.percent / 25);
    if (quarter > job.announced && quarter < 4) {
      job.announced = quarter;
      this.status = this.text('uploadedPart', { name: job.name, pct: job.percent });
    }
    this.host.requestUpdate();
  }

  /** The refusal of files beyond the slot's room. */
  private tooMany(room: number, rest: number): string {
    return this.text('tooMany', { room, rest });
  }

  private text<K extends UploadTextKey>(key: K, ...params: MessageArgs<`upload.${K}`>): string {
    return uploadText(key, this.host.locale, ...params);
  }
}
