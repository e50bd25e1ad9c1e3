/**
 * A small `fetch` client of the server's API for tests: requests as a given actor, JSON in and out,
 * multipart uploads. The actor is sent as a real credential: a token signed with the test server's
 * secret (`Authorization: Bearer …`), verified by the server like any other.
 */
import type { AttachmentRef, LifecycleRole } from '@shenbao/core';
import { tokenSigner } from '../auth.js';
import { defaultTestUnit, testAuthSecret } from './credentials.js';

/** A response: status and parsed JSON body (undefined for an empty one). */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The answer to an upload: an AttachmentRef (201) or an error with issues. */
export type UploadBody = AttachmentRef & { error: { code: string; message: string }; issues: { path: string; code: string; message: string }[] };

/** Who sends the requests; `unit` defaults to {@link defaultTestUnit}. */
export interface Actor {
  id: string;
  role: LifecycleRole;
  unit?: string;
  name?: string;
}

const signers = new Map<string, (caller: Actor) => string>();

/** A client bound to a base URL and an actor (none: no credential), signing with `secret` (default: the test servers'). */
export class ApiClient {
  #token: string | undefined;

  constructor(
    readonly base: string,
    readonly actor?: Actor,
    readonly secret: string = testAuthSecret,
  ) {}

  /** The same server, another actor. */
  as(actor: Actor | undefined): ApiClient {
    return new ApiClient(this.base, actor, this.secret);
  }

  /** The same actor, another server (after a restart). */
  at(base: string): ApiClient {
    return new ApiClient(base, this.actor, this.secret);
  }

  /** The actor's token (signed once per client). */
  token(): string | undefined {
    if (this.actor === undefined) return undefined;
    if (this.#token === undefined) {
      let sign = signers.get(this.secret);
      if (sign === undefined) signers.set(this.secret, (sign = tokenSigner(this.secret)));
      this.#token = sign({ ...this.actor, unit: this.actor.unit ?? defaultTestUnit });
    }
    return this.#token;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const token = this.token();
    return token === undefined ? extra : { authorization: `Bearer ${token}`, ...extra };
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: this.headers(body === undefined ? {} : { 'content-type': 'application/json' }) };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(this.base + path, init);
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Uploads one file for a slot instance; `type` is what the client claims (the server ignores it); `headers` are sent too (`x-upload-key`). */
  async upload(recordId: string, slot: string, path: string | undefined, bytes: Uint8Array, name: string, type = 'application/octet-stream', headers: Record<string, string> = {}): Promise<ApiResponse<UploadBody>> {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
    const query = new URLSearchParams({ slot, ...(path === undefined ? {} : { path }) });
    const response = await fetch(`${this.base}/records/${recordId}/files?${query}`, { method: 'POST', headers: this.headers(headers), body: form });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
  }

  /** Downloads a file's bytes. */
  async download(fileId: string): Promise<{ status: number; bytes: Uint8Array; type: string | null }> {
    const response = await fetch(`${this.base}/files/${fileId}`, { headers: this.headers() });
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') };
  }
}
