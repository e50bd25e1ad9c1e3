/**
 * The reference server's API as the demo page uses it (same origin: Vite proxies `/api`), and who
 * is signed in. The login page (login.ts) signs in with `POST /auth/login`: the server sets an
 * httpOnly session cookie (the page never sees the token) and answers the user and a CSRF token,
 * which goes out as `x-csrf-token` with every change. The role and the unit come from the account.
 */
import type { AttachmentRef, FormDefinition } from '@shenbao/core';
import type { ResolvedPack } from '@shenbao/rules';
import type { FileView, RecordView, StoredHistoryEntry } from '@shenbao/server-example/client';

/** A record as `GET /records/:id` answers (declared once, in the server), its history entries and files. */
export type { RecordView, FileView as StoredFile, StoredHistoryEntry as HistoryEntry };

/** The two kinds of account. */
export type Role = 'candidate' | 'reviewer';

/** The signed-in user, as the server's credential says. */
export interface SessionUser {
  id: string;
  role: Role;
  unit?: string;
  name?: string;
}

let session: { user: SessionUser; csrfToken: string } | undefined;

/** Reads the session of this browser (`GET /auth/session`); undefined when nobody is signed in. */
export async function loadSession(): Promise<SessionUser | undefined> {
  const response = await fetch('/api/auth/session', { headers: { accept: 'application/json' } });
  session = response.ok ? ((await response.json()) as typeof session) : undefined;
  return session?.user;
}

/** Signs in; throws {@link ApiError} with the server's message (用户名或密码错误). */
export async function login(username: string, password: string): Promise<SessionUser> {
  session = await api<{ user: SessionUser; csrfToken: string }>('POST', '/auth/login', { username, password });
  return session.user;
}

/** Signs out (the server clears the cookie). */
export async function logout(): Promise<void> {
  await api<void>('POST', '/auth/logout');
  session = undefined;
}

/** The signed-in user, if any. */
export function currentUser(): SessionUser | undefined {
  return session?.user;
}

/** The role of the signed-in user (candidate when nobody is). */
export function currentRole(): Role {
  return session?.user.role ?? 'candidate';
}

/** The credentials headers of this page: the session's CSRF token (the cookie goes by itself). */
export function actorHeaders(): Record<string, string> {
  return session === undefined ? {} : { 'x-csrf-token': session.csrfToken };
}

/** An issue as the server sends it. */
export interface ServerIssue {
  path: string;
  code: string;
  message: string;
  source: string;
}

/** A refusal of the server: status, code, zh-CN message and issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ServerIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** With `record-exists`: the record the candidate already has. */
  existingId?: string;
}

/** A form as `GET /forms/:id` answers. */
export interface ServedForm {
  id: string;
  title: FormDefinition['title'];
  years: number[];
  year: number;
  definition: FormDefinition;
  pack: ResolvedPack;
}

/** A record in a list (no data). */
export type RecordSummary = Pick<RecordView, 'id' | 'form' | 'year' | 'candidateId' | 'status' | 'statusLabel' | 'updatedAt'>;

/** Calls the API; throws {@link ApiError} with the server's message when it refuses. */
export async function api<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { ...actorHeaders(), accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api${path}`, { ...init, method, headers, body: body === undefined ? null : JSON.stringify(body) });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) throw toApiError(response.status, json);
  return json as T;
}

/** The error of a refused request from its status and JSON body. */
export function toApiError(status: number, json: unknown): ApiError {
  const body = (json ?? {}) as { error?: { code?: string; message?: string }; issues?: ServerIssue[]; id?: string };
  const error = new ApiError(status, body.error?.code ?? 'error', body.error?.message ?? `请求失败（${status}）`, body.issues ?? []);
  // 409 record-exists (COMMON-11) names the existing record.
  if (typeof body.id === 'string') error.existingId = body.id;
  return error;
}

/** The API calls of the demo. */
export const server = {
  form: (id: string, year?: number) => api<ServedForm>('GET', `/forms/${encodeURIComponent(id)}${year === undefined ? '' : `?year=${year}`}`),
  createRecord: (form: string) => api<RecordView>('POST', '/records', { form }),
  /** A reviewer sees one masked value in full; the server records it in the history (COMMON-4). */
  reveal: (id: string, path: string) => api<{ path: string; value: string }>('POST', `/records/${encodeURIComponent(id)}/reveal`, { path }),
  records: () => api<{ records: RecordSummary[]; total: number; nextCursor?: string }>('GET', '/records?limit=100'),
  record: (id: string) => api<RecordView>('GET', `/records/${encodeURIComponent(id)}`),
  /** The bytes of a stored file (sent with the session cookie). */
  fileBlob: async (id: string) => {
    const response = await fetch(`/api/files/${encodeURIComponent(id)}`, { headers: actorHeaders() });
    if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
    return response.blob();
  },
  submit: (id: string, data: unknown) => api<RecordView>('POST', `/records/${encodeURIComponent(id)}/submit`, { data }),
  /** What is verified about the candidate (COMMON-12): identity from 实名认证, the unit from 工作单位. */
  profile: () => api<Record<string, unknown> & { verified: boolean; name?: string }>('GET', '/me/profile'),
  withdraw: (id: string) => api<RecordView>('POST', `/records/${encodeURIComponent(id)}/withdraw`, {}),
  review: (id: string, action: 'approve' | 'return' | 'allow-modification', reason?: string, comments?: Record<string, string>) =>
    api<RecordView>('POST', `/records/${encodeURIComponent(id)}/review`, { action, ...(reason ? { reason } : {}), ...(comments ? { comments } : {}) }),
};

/** Today in China time (`YYYY-MM-DD`), the `today` context fact the server uses too (the one implementation, in rules). */
export { chinaToday } from '@shenbao/rules';

export type { AttachmentRef };
