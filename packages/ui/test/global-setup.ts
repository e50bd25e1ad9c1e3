/**
 * Vitest global setup of the browser project: starts the real reference server (examples/server,
 * `buildApp` on a SQLite file in a fresh temporary folder, 127.0.0.1 on a free port) so the
 * browser tests of `createServerUploader` talk to it for real, signed in with the test accounts of
 * e2e-users.ts (real passwords, real tokens: no bypass). The test page is served by Vite from
 * another origin, so the server is given a permissive CORS layer here (test only; the reference
 * server itself sends no CORS headers). Tests read the address with `referenceServerUrl()` (server-context.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../../examples/server/src/app.js';
import { hashPassword } from '../../../examples/server/src/auth.js';
import { e2ePassword, e2eUsers } from './e2e-users.js';
import type {} from './server-context.js'; // the typing of provide('serverUrl')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'shenbao-ui-server-'));
  const passwordHash = await hashPassword(e2ePassword);
  const users = e2eUsers.map((user) => ({ ...user, passwordHash }));
  const app = await buildApp({ dbFile: join(dir, 'shenbao.sqlite'), logger: false, auth: { secret: randomBytes(32).toString('hex'), users } });
  // CORS for the Vite-served test page: answer preflights, allow the requested headers (authorization), expose nothing more.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined) return;
    reply.header('access-control-allow-origin', origin).header('vary', 'origin');
    if (request.method === 'OPTIONS') {
      await reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST, PUT, DELETE')
        .header('access-control-allow-headers', request.headers['access-control-request-headers'] ?? 'content-type')
        .header('access-control-max-age', '600')
        .send();
    }
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  project.provide('serverUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
