/**
 * Opens a draft record on the reference server (`POST {baseUrl}/records`), for the record store
 * when the form has no `record-id` yet: files belong to a record, so the first upload makes one.
 */
import type { Locale } from '@shenbao/core';
import { UploadError, errorOf, localeReady, networkError, type ServerHeaders } from './server-uploader.js';

/** Options of {@link createServerRecord}. */
export interface ServerRecordOptions {
  /** The server's address, e.g. `/api` (a trailing `/` is ignored). */
  baseUrl: string;
  /** The form's id. */
  form: string;
  /** The rule pack year; default the server's newest. */
  year?: number;
  /** Request headers (the credentials, see `credentialHeaders`); a function is asked on every request. */
  headers?: ServerHeaders;
  /** Send cookies to another origin. */
  withCredentials?: boolean;
  /** Language of the client's own messages (network errors). Default zh-CN. */
  locale?: Locale;
}

/**
 * Creates a draft record and resolves with its id; rejects with an {@link UploadError} whose
 * message says, in the locale, why (the server's own message, or a network error).
 *
 * When the candidate already has a record of this form and year, the server refuses a second one
 * (409 `record-exists`) and names the existing one: its id is answered.
 *
 * @example
 * const recordId = await createServerRecord({ baseUrl: '/api', form: 'tcm-expertise' });
 */
export async function createServerRecord(options: ServerRecordOptions): Promise<string> {
  const locale = options.locale ?? 'zh-CN';
  await localeReady(locale); // its errors are worded in that locale
  const headers = typeof options.headers === 'function' ? options.headers() : options.headers ?? {};
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl.replace(/\/+$/, '')}/records`, {
      method: 'POST',
      headers: { ...headers, accept: 'application/json', 'content-type': 'application/json' },
      credentials: options.withCredentials === true ? 'include' : 'same-origin',
      body: JSON.stringify(options.year === undefined ? { form: options.form } : { form: options.form, year: options.year }),
    });
  } catch {
    throw networkError(locale);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  // One declaration per candidate, form and year (COMMON-11): the server answers the one that exists.
  const exists = response.status === 409 && (body as { error?: { code?: unknown } } | undefined)?.error?.code === 'record-exists';
  if (!response.ok && !exists) throw errorOf(response.status, text, locale);
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw new UploadError(response.status, 'bad-response', errorOf(500, '', locale).message);
  return id;
}
