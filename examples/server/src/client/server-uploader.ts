/**
 * The reference server's uploader: posts each file as multipart to the server
 * (`POST {baseUrl}/records/{recordId}/files?slot=&path=`, see ../../README.md) with
 * XMLHttpRequest, whose upload progress events drive the progress bar (fetch has none for request
 * bodies). The server checks the file by content again and answers its `AttachmentRef`.
 */
import { loadLocale, text, type AttachmentRef, type Locale } from '@shenbao/core';
import type { UploadRequest, Uploader } from '@shenbao/ui';

/** Request headers for the server (its credentials: see `credentialHeaders` — a bearer token, or the session's CSRF token); a function is asked on every request. */
export type ServerHeaders = Record<string, string> | (() => Record<string, string>);

/** Options of {@link createServerUploader}. */
export interface ServerUploaderOptions {
  /** The server's address, e.g. `https://example.org/api` (a trailing `/` is ignored). */
  baseUrl: string;
  /** The record the files belong to; a function is asked on every upload (it may open the record first). */
  recordId: string | (() => string | Promise<string>);
  /** Request headers; a function is asked on every upload. */
  headers?: ServerHeaders;
  /** Send cookies to another origin (XMLHttpRequest `withCredentials`). */
  withCredentials?: boolean;
  /** Language of the uploader's own messages (network errors); the server's messages are its own. Default zh-CN. */
  locale?: Locale;
}

/** An issue as the server lists it in an error answer. */
export interface UploadIssue {
  path: string;
  code: string;
  message: string;
}

/** An upload the server refused or that never reached it; `message` is for people. */
export class UploadError extends Error {
  /** HTTP status; 0 when the request failed on the network. */
  readonly status: number;
  /** The server's error code (`attachment-refused`, `file-too-large`, `record-locked` …), or `network` / `bad-response`. */
  readonly code: string;
  readonly issues: readonly UploadIssue[];

  constructor(status: number, code: string, message: string, issues: readonly UploadIssue[] = []) {
    super(message);
    this.name = 'UploadError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/**
 * The catalog of `locale` in (a browser build loads the built-in en catalog on first use): the clients
 * start it when they are created, while the network is up, and await it before wording an error.
 */
export function localeReady(locale: Locale): Promise<void> {
  return loadLocale(locale).catch(() => undefined); // no catalog: the error reads zh-CN
}

/** An uploader's own error in a locale (catalog keys under `uploader.`). */
function message(key: 'network' | 'badResponse' | 'refused', locale: Locale, status = 0): string {
  return text(`uploader.${key}`, locale, { status });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reference the server answered, or undefined when the answer is not one. */
function refOf(body: unknown): AttachmentRef | undefined {
  if (!isRecord(body)) return undefined;
  const { id, name, type, size, width, height } = body;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || typeof type !== 'string' || typeof size !== 'number') return undefined;
  const ref: AttachmentRef = { id, name, type, size };
  if (typeof width === 'number') ref.width = width;
  if (typeof height === 'number') ref.height = height;
  return ref;
}

/** The error of a failed request: the network, not the server. */
export function networkError(locale: Locale): UploadError {
  return new UploadError(0, 'network', message('network', locale));
}

/** The error of a non-2xx answer: the issues' messages (they name the file) or else the server's message. */
export function errorOf(status: number, responseText: string, locale: Locale): UploadError {
  let body: unknown;
  try {
    body = JSON.parse(responseText);
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error || typeof error.message !== 'string') return new UploadError(status, 'bad-response', message(status >= 500 ? 'badResponse' : 'refused', locale, status));
  const issues = isRecord(body) && Array.isArray(body.issues)
    ? body.issues.filter((i): i is UploadIssue => isRecord(i) && typeof i.message === 'string' && typeof i.code === 'string' && typeof i.path === 'string')
    : [];
  const text = issues.length > 0 ? issues.map((i) => i.message).join('；') : error.message;
  return new UploadError(status, typeof error.code === 'string' ? error.code : 'error', text, issues);
}

/** A fresh random key for one upload (`x-upload-key`), by which an aborted upload is cancelled; works outside secure contexts too. */
function uploadKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The reference server's uploader: `url` always answers. */
export interface ServerUploader extends Uploader {
  url(ref: AttachmentRef): string;
}

/**
 * An {@link Uploader} for the reference server. `url(ref)` is `{baseUrl}/files/{id}` (that route
 * needs the same credentials, so an `<img>` shows it only when the page signed in with the session cookie).
 *
 * @example
 * // signed in with the server's session cookie: the cookie goes by itself, the CSRF token with it
 * const uploader = createServerUploader({ baseUrl: '/api', recordId, headers: credentialHeaders({ csrfToken: () => session.csrfToken }) });
 * form.uploader = uploader; // or, with no record yet: form.recordStore = createServerRecordStore({ … })
 */
export function createServerUploader(options: ServerUploaderOptions): ServerUploader {
  const base = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? 'zh-CN';
  const ready = localeReady(locale);
  const abortError = (signal: AbortSignal): Error =>
    signal.reason instanceof Error ? signal.reason : new DOMException('The upload was aborted', 'AbortError');
  return {
    async upload(request: UploadRequest): Promise<AttachmentRef> {
      const { signal } = request;
      if (signal?.aborted) throw abortError(signal);
      const recordId = typeof options.recordId === 'function' ? await options.recordId() : options.recordId;
      await ready;
      if (signal?.aborted) throw abortError(signal);
      return new Promise<AttachmentRef>((resolve, reject) => {
        const query = new URLSearchParams({ slot: request.slot.id, path: request.path });
        const key = uploadKey();
        const recordUrl = `${base}/records/${encodeURIComponent(recordId)}`;
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${recordUrl}/files?${query.toString()}`);
        xhr.withCredentials = options.withCredentials === true;
        xhr.setRequestHeader('accept', 'application/json');
        const headers = typeof options.headers === 'function' ? options.headers() : options.headers ?? {};
        for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
        xhr.setRequestHeader('x-upload-key', key);

        const onAbort = () => xhr.abort();
        const done = () => signal?.removeEventListener('abort', onAbort);
        xhr.upload.addEventListener('progress', (e) => {
          if (e.lengthComputable && e.total > 0) request.onProgress(Math.min(1, e.loaded / e.total));
        });
        xhr.addEventListener('load', () => {
          done();
          if (xhr.status < 200 || xhr.status >= 300) {
            reject(errorOf(xhr.status, xhr.responseText, locale));
            return;
          }
          let body: unknown;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = undefined;
          }
          const ref = refOf(body);
          if (!ref) {
            reject(new UploadError(xhr.status, 'bad-response', message('badResponse', locale, xhr.status)));
            return;
          }
          request.onProgress(1);
          resolve(ref);
        });
        xhr.addEventListener('error', () => {
          done();
          reject(networkError(locale));
        });
        xhr.addEventListener('abort', () => {
          done();
          // The bytes may have reached the server before the abort: cancel the upload by its key, so
          // a file already stored is deleted and one still arriving is refused. Settle only then,
          // so that after the rejection the server holds nothing of it (when the cancel got through;
          // a file left by a cancel that failed is unreferenced and deleted on submission).
          const aborted = new DOMException('The upload was aborted', 'AbortError');
          fetch(`${recordUrl}/uploads/${key}`, {
            method: 'DELETE',
            headers,
            credentials: options.withCredentials === true ? 'include' : 'same-origin',
          }).then(
            () => reject(aborted),
            () => reject(aborted),
          );
        });
        signal?.addEventListener('abort', onAbort, { once: true });

        const body = new FormData();
        body.append('file', request.file, request.name);
        request.onProgress(0);
        xhr.send(body);
      });
    },
    url(ref: AttachmentRef): string {
      return `${base}/files/${encodeURIComponent(ref.id)}`;
    },
  };
}
