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
  /** The secret tokens are signed with (`SHENBAO_AUTH_SECRET`); undefined: a random one per start (sessions end with the process). */
  authSecret: string | undefined;
  /** Whether the demo accounts of {@link demoUsers} may sign in (`SHENBAO_DEMO_USERS=1`, set by `pnpm demo`). */
  demoUsers: boolean;
}

/** A demo account: what the login page of examples/vanilla offers. Never enable them on a real server. */
export interface DemoUser {
  username: string;
  password: string;
  id: string;
  role: 'candidate' | 'reviewer';
  unit: string;
  name: string;
}

/** The demo accounts (password `demo` each): two candidates and the reviewers of their units. */
export const demoUsers: readonly DemoUser[] = [
  { username: 'zhangsan', password: 'demo', id: 'demo-candidate', role: 'candidate', unit: '武汉市第一医院', name: '张三' },
  { username: 'lisi', password: 'demo', id: 'demo-candidate-2', role: 'candidate', unit: '武汉市中医医院', name: '李四' },
  { username: 'wuhan1', password: 'demo', id: 'demo-unit-reviewer', role: 'reviewer', unit: '武汉市第一医院', name: '武汉市第一医院审核员' },
  { username: 'wuhan-tcm', password: 'demo', id: 'demo-unit-reviewer-2', role: 'reviewer', unit: '武汉市中医医院', name: '武汉市中医医院审核员' },
];

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
  /** Most records one candidate may hold (all forms and years together). */
  recordsPerCandidate: 50,
  /** History entries shown with a record; the rest is paged by GET /records/:id/history. */
  historyInView: 20,
  /** Largest page of GET /records and GET /records/:id/history (default page: 50). */
  pageSize: 100,
  /** Longest stored file name. */
  fileNameLength: 255,
} as const;

/** The server's default port. */
export const defaultPort = 8787;

/** The default database file, relative to the working directory. */
export const defaultDbFile = './data/shenbao.sqlite';

/**
 * Reads the settings: `PORT` (default 8787), `SHENBAO_DB` (default ./data/shenbao.sqlite, resolved
 * against the working directory), `LOG_LEVEL` (default info), `SHENBAO_AUTH_SECRET` (at least 32
 * characters) and `SHENBAO_DEMO_USERS=1`. Throws on an invalid port or a short secret.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const rawPort = env.PORT?.trim() || String(defaultPort);
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT 必须是 0–65535 之间的整数，而不是“${rawPort}”`);
  }
  const secret = env.SHENBAO_AUTH_SECRET?.trim();
  if (secret !== undefined && secret !== '' && secret.length < 32) throw new Error('SHENBAO_AUTH_SECRET 至少 32 个字符');
  return {
    host: '127.0.0.1',
    port,
    dbFile: resolve(env.SHENBAO_DB?.trim() || defaultDbFile),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    authSecret: env.SHENBAO_AUTH_SECRET?.trim() || undefined,
    demoUsers: env.SHENBAO_DEMO_USERS === '1',
  };
}
