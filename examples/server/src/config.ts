/**
 * The server's settings: where it listens, where the database file lives, and the limits it
 * enforces. Read once from the environment by `main.ts`; tests build the app with their own.
 */
import { resolve } from 'node:path';

/** Settings read from the environment. */
export interface ServerConfig {
  /** Interface to listen on; loopback only, put a reverse proxy (TLS, auth) in front for real use. */
  host: string;
  port: number;
  /** SQLite database file; created with its folder on first start. */
  dbFile: string;
  /** pino log level. */
  logLevel: string;
}

/** Limits of the HTTP API. */
export const limits = {
  /** Largest JSON body (a declaration is a few KB; files are uploaded separately). */
  bodyBytes: 2 * 1024 * 1024,
  /** Most files one record may hold at a time (all slots together). */
  filesPerRecord: 200,
  /** Longest reason of a lifecycle action, in characters. */
  reasonLength: 2_000,
  /** Longest review comment, in characters, and most comments per review action. */
  commentLength: 2_000,
  comments: 200,
  /** Longest actor id in the `x-actor-id` header. */
  actorIdLength: 128,
  /** Longest stored file name. */
  fileNameLength: 255,
} as const;

/** The server's default port. */
export const defaultPort = 8787;

/** The default database file, relative to the working directory. */
export const defaultDbFile = './data/shenbao.sqlite';

/**
 * Reads the settings: `PORT` (default 8787), `SHENBAO_DB` (default ./data/shenbao.sqlite, resolved
 * against the working directory) and `LOG_LEVEL` (default info). Throws on an invalid port.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const rawPort = env.PORT?.trim() || String(defaultPort);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT 必须是 0–65535 之间的整数，而不是“${rawPort}”`);
  }
  return {
    host: '127.0.0.1',
    port,
    dbFile: resolve(env.SHENBAO_DB?.trim() || defaultDbFile),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  };
}
