/**
 * How the reference server's client authenticates to the reference server: a bearer token (an API client, a host
 * whose identity provider issues one) and/or, for a page signed in with the server's session cookie
 * (`POST /auth/login`), the CSRF token that must go with every change. Cookies of the page's origin
 * go out with every request by themselves; the client never sends who the caller is in plain headers.
 */
import type { ServerHeaders } from './server-uploader.js';

/** A value, or a function asked on every request (a token that is refreshed). */
export type CredentialValue = string | undefined | (() => string | undefined);

/** The credentials of {@link credentialHeaders}. */
export interface ServerCredentials {
  /** A signed token, sent as `Authorization: Bearer <token>`. */
  token?: CredentialValue;
  /** The session's CSRF token (from `POST /auth/login` or `GET /auth/session`), sent as `x-csrf-token`. */
  csrfToken?: CredentialValue;
}

const read = (value: CredentialValue): string | undefined => (typeof value === 'function' ? value() : value);

/**
 * The request headers of the credentials, asked anew on every request; give it as `headers` of
 * `createServerUploader`, `createServerRecord` or `createServerRecordStore`.
 *
 * @example
 * form.recordStore = createServerRecordStore({ baseUrl: '/api', form: 'tcm-expertise', headers: credentialHeaders({ csrfToken: () => session.csrfToken }) });
 */
export function credentialHeaders(credentials: ServerCredentials): ServerHeaders {
  return () => {
    const headers: Record<string, string> = {};
    const token = read(credentials.token);
    const csrf = read(credentials.csrfToken);
    if (token) headers.authorization = `Bearer ${token}`;
    if (csrf) headers['x-csrf-token'] = csrf;
    return headers;
  };
}
