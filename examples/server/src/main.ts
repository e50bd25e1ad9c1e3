/**
 * Starts the reference server: `pnpm server` from the repository root (or `pnpm start` here).
 * Listens on 127.0.0.1:$PORT (default 8787) with the database $SHENBAO_DB (default
 * ./data/shenbao.sqlite, created on first start), tokens signed with $SHENBAO_AUTH_SECRET, and the
 * demo accounts of config.ts when SHENBAO_DEMO_USERS=1.
 */
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.js';
import { hashPassword, type UserAccount } from './auth.js';
import { demoUsers, loadConfig } from './config.js';

const config = loadConfig();
const users: UserAccount[] = [];
if (config.demoUsers) {
  for (const { password, ...user } of demoUsers) users.push({ ...user, passwordHash: await hashPassword(password) });
}
const app = await buildApp({
  dbFile: config.dbFile,
  logger: { level: config.logLevel },
  auth: { secret: config.authSecret ?? randomBytes(32).toString('hex'), users },
});
if (config.authSecret === undefined) app.log.warn('SHENBAO_AUTH_SECRET is not set: a random secret signs the sessions of this run only');
if (config.demoUsers) app.log.warn({ accounts: demoUsers.map((u) => u.username) }, 'demo accounts enabled (SHENBAO_DEMO_USERS=1): never on a real server');
await app.listen({ host: config.host, port: config.port });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
