/**
 * A `DraftStore` of `<shenbao-form>` that keeps each draft twice: in this browser (localStorage, so
 * a reload restores it at once) and on the reference server (`PUT {baseUrl}/records/{id}/draft`, so
 * another browser finds it). Server saves are serialized (one request at a time, the newest data
 * wins) and batched while the candidate types. Loading prefers the local draft and falls back to the
 * server's.
 */
import type { Locale } from '@shenbao/core';
import type { DraftStore } from '@shenbao/ui';
import { errorOf, localeReady, networkError, type ServerHeaders } from './server-uploader.js';

/** Options of {@link ServerDraftStore}. */
export interface ServerDraftStoreOptions {
  /** The server's address, e.g. `/api` (a trailing `/` is ignored). */
  baseUrl: string;
  /** The server record the draft belongs to. */
  recordId: string;
  /** The record's data as the server has it (`RecordView.data`), used when this browser has no draft. */
  serverData?: unknown;
  /** Request headers (the credentials, see `credentialHeaders`); a function is asked on every request. */
  headers?: ServerHeaders;
  /** Told after each server save, with the error (an `UploadError`, its message for people) when it failed. */
  onSaved?: (error?: Error) => void;
  /** How long typing may pause before the draft goes to the server (ms, default 800). */
  delay?: number;
  /** Language of the client's own messages (network errors). Default zh-CN. */
  locale?: Locale;
}

const local = {
  load(key: string): unknown {
    try {
      const text = globalThis.localStorage?.getItem(key);
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  },
  save(key: string, value: unknown): void {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or unavailable: the server keeps the draft
    }
  },
  clear(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // unavailable storage has nothing to clear
    }
  },
};

/** Drafts of one record, here and on the reference server. */
export class ServerDraftStore implements DraftStore {
  private pending: unknown;
  private hasPending = false;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly options: ServerDraftStoreOptions) {
    void localeReady(options.locale ?? 'zh-CN'); // its errors are worded in that locale
  }

  /** The local draft, else the server's data when it has any. */
  async load(key: string): Promise<unknown> {
    const draft = local.load(key);
    if (draft !== undefined) return draft;
    const data = this.options.serverData;
    return data && typeof data === 'object' && Object.keys(data).length > 0 ? data : undefined;
  }

  /** Keeps the draft here at once and on the server once typing pauses (at once when the page is hidden). */
  async save(key: string, value: unknown): Promise<void> {
    if (this.closed) return;
    local.save(key, value);
    // What the form keeps beside the draft (`<key>#step`, `<key>#record`) stays in this browser.
    if (key.includes('#')) return;
    this.pending = value;
    this.hasPending = true;
    clearTimeout(this.timer);
    // The page is going away: send now, with keepalive so the request outlives it.
    if (globalThis.document?.visibilityState === 'hidden') void this.flush(true);
    else this.timer = setTimeout(() => void this.flush(false), this.options.delay ?? 800);
  }

  /** Forgets the local draft (and any save not sent yet). */
  async clear(key: string): Promise<void> {
    clearTimeout(this.timer);
    this.hasPending = false;
    local.clear(key);
  }

  /** Stops saving (the record was submitted: the server refuses drafts until it is returned). */
  close(): void {
    clearTimeout(this.timer);
    this.closed = true;
    this.hasPending = false;
  }

  /** Sends the newest pending draft, after the one in flight. */
  async flush(keepalive = false): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (!this.hasPending) return;
    const data = this.pending;
    this.hasPending = false;
    const onSaved = this.options.onSaved ?? (() => undefined);
    this.running = this.put(data, keepalive).then(() => onSaved(), (error: Error) => onSaved(error));
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async put(data: unknown, keepalive: boolean): Promise<void> {
    const { baseUrl, recordId, headers } = this.options;
    const locale = this.options.locale ?? 'zh-CN';
    let response: Response;
    try {
      response = await fetch(`${baseUrl.replace(/\/+$/, '')}/records/${encodeURIComponent(recordId)}/draft`, {
        method: 'PUT',
        headers: { ...(typeof headers === 'function' ? headers() : headers ?? {}), accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ data }),
        keepalive,
      });
    } catch {
      await localeReady(locale);
      throw networkError(locale);
    }
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      await localeReady(locale);
      throw errorOf(response.status, body, locale);
    }
  }
}
