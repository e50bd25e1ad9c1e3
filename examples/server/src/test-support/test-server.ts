/**
 * Starts the real server for a test: `buildApp` on a SQLite file in a fresh temporary folder,
 * listening on a free loopback port, with a stepping clock (one second per reading, from
 * 2024-05-01 08:00 China time) and the log collected in memory; {@link serverForFile} does so for
 * the tests of one file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../app.js';
import { testAuthSecret } from './credentials.js';

/** A running server. */
export interface TestServer {
  app: FastifyInstance;
  url: string;
  dbFile: string;
  close(): Promise<void>;
}

/** Log lines written by every server started with a {@link LogSink}. */
export class LogSink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  text(): string {
    return this.lines.join('');
  }
}

/** A temporary folder with a database file path in it, and a way to remove it. */
export function tempDatabase(): { dbFile: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'shenbao-server-'));
  return { dbFile: join(dir, 'shenbao.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock that starts at `start` and advances one second each time it is read. */
export function steppingClock(start = '2024-05-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

/** What {@link startServer} takes besides the database file. */
export type TestServerOptions = Omit<AppOptions, 'dbFile' | 'database'> & { log?: LogSink };

/** Builds the app on `dbFile` (tokens signed with the test secret unless `auth` says otherwise) and listens on 127.0.0.1, port 0 (a free one). */
export async function startServer(dbFile: string, options: TestServerOptions = {}): Promise<TestServer> {
  const { log, ...rest } = options;
  const app = await buildApp({ now: steppingClock(), auth: { secret: testAuthSecret }, warm: false, ...rest, dbFile, logger: log === undefined ? false : { level: 'info', stream: log } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, dbFile, close: () => app.close() };
}

/** The server of a test file ({@link serverForFile}): its database file at once, its address and app once it has started. */
export interface FileServer {
  readonly dbFile: string;
  readonly url: string;
  readonly app: FastifyInstance;
}

/**
 * Registers the hooks of a test file whose tests share one server: before them it starts on a fresh
 * temporary database with `options` (or what `options()` answers then, e.g. accounts with hashed
 * passwords); after them it closes and the database is removed.
 *
 * @example
 * const server = serverForFile({ log });
 * beforeAll(() => { candidate = new ApiClient(server.url, { id: 'cand-zhang', role: 'candidate' }); });
 */
export function serverForFile(options: TestServerOptions | (() => Promise<TestServerOptions>) = {}): FileServer {
  const db = tempDatabase();
  let running: TestServer | undefined;
  const started = (): TestServer => {
    if (!running) throw new Error('the test server starts in beforeAll: use it in a hook or a test');
    return running;
  };
  beforeAll(async () => {
    running = await startServer(db.dbFile, typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await running?.close();
    db.remove();
  });
  return {
    dbFile: db.dbFile,
    get url() {
      return started().url;
    },
    get app() {
      return started().app;
    },
  };
}
