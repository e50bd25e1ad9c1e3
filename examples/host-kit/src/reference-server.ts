/**
 * The hosts' own client of the reference server (examples/server), with plain `fetch` through the
 * page's `/api` proxy: sign in with a session cookie (the answer's CSRF token goes out as
 * `x-csrf-token` with every change), fetch a form as the server evaluates it, open the candidate's
 * record, submit the declaration. A refusal throws {@link ServerRefusal} with the server's message.
 */
import type { ShenbaoForm } from '@shenbao/ui';

/** The signed-in candidate and the CSRF token of the session. */
export interface Session {
  user: { id: string; name?: string; unit?: string };
  csrfToken: string;
}

/** A form as `GET /forms/:id` serves it: the definition and the year's resolved rule pack. */
export interface ServedForm {
  id: string;
  year: number;
  definition: NonNullable<ShenbaoForm['definition']>;
  pack: NonNullable<ShenbaoForm['rules']>;
}

/** A record as the server answers it (the fields this host reads). */
export interface ServedRecord {
  id: string;
  status: string;
  statusLabel: string;
  data: unknown;
}

/** An issue of a refused submission. */
export interface ServerIssue {
  path: string;
  message: string;
}

/** The server said no: status, code, its zh-CN message and the issues. */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ServerIssue[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ServerRefusal';
  }
}

/** The fields of an error answer: `{ error: { code, message }, issues?, id? }`. */
function refusal(status: number, answer: unknown): ServerRefusal {
  const body: Record<string, unknown> = typeof answer === 'object' && answer !== null ? { ...answer } : {};
  const error: Record<string, unknown> = typeof body.error === 'object' && body.error !== null ? { ...body.error } : {};
  const issues = Array.isArray(body.issues) ? body.issues.filter((i): i is ServerIssue => typeof i?.path === 'string' && typeof i?.message === 'string') : [];
  return new ServerRefusal(status, String(error.code ?? 'http'), String(error.message ?? `HTTP ${status}`), issues, body);
}

/** One request to the API; JSON in and out (the answer typed as the caller expects it). */
async function call<T>(method: string, path: string, body?: unknown, csrfToken?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  const answer = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw refusal(response.status, answer);
  return answer;
}

/** Signs in (`POST /auth/login`): the server sets the httpOnly session cookie. */
export function signIn(username: string, password: string): Promise<Session> {
  return call<Session>('POST', '/auth/login', { username, password });
}

/** The form with its newest year's rules, exactly as the server will evaluate a submission. */
export function loadForm(id: string): Promise<ServedForm> {
  return call<ServedForm>('GET', `/forms/${encodeURIComponent(id)}`);
}

/** The candidate's record of this form (one per form and year): the newest one, or a new draft. */
export async function openRecord(session: Session, form: string): Promise<string> {
  const { records } = await call<{ records: ServedRecord[] }>('GET', `/records?form=${encodeURIComponent(form)}&limit=1`);
  const existing = records[0];
  if (existing) return existing.id;
  try {
    return (await call<ServedRecord>('POST', '/records', { form }, session.csrfToken)).id;
  } catch (error) {
    // Opened meanwhile (another tab): the server names the record the candidate already has.
    if (error instanceof ServerRefusal && error.code === 'record-exists' && typeof error.body.id === 'string') return error.body.id;
    throw error;
  }
}

/** Submits the declaration; the server evaluates it again and stores it, or refuses with its issues. */
export function submitRecord(session: Session, id: string, data: unknown): Promise<ServedRecord> {
  return call<ServedRecord>('POST', `/records/${encodeURIComponent(id)}/submit`, { data }, session.csrfToken);
}
