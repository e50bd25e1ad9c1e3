/**
 * What the browser project's global setup (global-setup.ts) gives the tests: the address of the
 * reference server it started.
 */
import { inject } from 'vitest';

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
