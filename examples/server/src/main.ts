/**
 * Starts the reference server: `pnpm server` from the repository root (or `pnpm start` here).
 * Listens on 127.0.0.1:$PORT (default 8787) with the database $SHENBAO_DB (default
 * ./data/shenbao.sqlite, created on first start).
 */
import { buildApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await buildApp({ dbFile: config.dbFile, logger: { level: config.logLevel } });
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
