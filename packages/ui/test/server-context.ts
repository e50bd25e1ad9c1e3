/**
 * What the browser project's global setup (global-setup.ts) gives the tests: the address of the
 * reference server it started.
 */
import { inject } from 'vitest';
import { e2ePassword, e2eUsers } from './e2e-users.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the reference server started for the browser tests, e.g. `http://127.0.0.1:41234`. */
    serverUrl: string;
  }
}

/** The reference server's address; throws when the browser project runs without the global setup. */
export function referenceServerUrl(): string {
  const url: unknown = inject('serverUrl');
  if (typeof url !== 'string') {
    throw new Error('serverUrl is not provided: the browser project of vitest.config.ts needs globalSetup: [\'packages/ui/test/global-setup.ts\']');
  }
  return url;
}

/** Signs in as a test account (`POST /auth/token` with its password) and answers the bearer header. */
export async function signIn(username: (typeof e2eUsers)[number]['username']): Promise<{ authorization: string }> {
  const response = await fetch(`${referenceServerUrl()}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: e2ePassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: HTTP ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
