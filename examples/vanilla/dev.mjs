#!/usr/bin/env node
/**
 * `pnpm demo`: starts the reference server (examples/server on 127.0.0.1:8787, its SQLite file in
 * examples/vanilla/.data/) and Vite for this page (127.0.0.1:5173, `/api` proxied to the server),
 * prints the URL, and stops both on Ctrl-C. If either one exits, the other is stopped too.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const here = import.meta.dirname;
const serverDir = join(here, '..', 'server');
const dataDir = join(here, '.data');
const apiPort = process.env.PORT ?? '8787';
mkdirSync(dataDir, { recursive: true });

const require = createRequire(import.meta.url);
const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/** Starts a child with its output passed through, prefixed by its name. */
function start(name, args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  return child;
}

const server = start('server', ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
  cwd: serverDir,
  // The demo accounts of examples/server/src/config.ts (password `demo`) sign in on the login page.
  env: { ...process.env, PORT: apiPort, SHENBAO_DB: join(dataDir, 'shenbao.sqlite'), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SHENBAO_DEMO_USERS: '1' },
});
const vite = start('vite', [viteBin, '--config', join(here, 'vite.config.ts'), '--clearScreen', 'false'], {
  cwd: here,
  env: { ...process.env, SHENBAO_API: `http://127.0.0.1:${apiPort}` },
});
const children = [server, vite];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  let left = children.filter((c) => c.exitCode === null && c.signalCode === null).length;
  if (left === 0) process.exit(code);
  for (const child of children) child.once('exit', () => --left === 0 && process.exit(code));
  setTimeout(() => process.exit(code), 5_000).unref();
}

for (const [name, child] of [['server', server], ['vite', vite]]) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    // Ctrl-C reaches the children too; anything else that ends one of them ends the demo.
    if (signal !== 'SIGINT' && code !== 0) process.stdout.write(`[${name}] stopped (${signal ?? `exit code ${code}`}); stopping the demo\n`);
    stop(signal === 'SIGINT' ? 0 : (code ?? 1));
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

process.stdout.write(
  `\n  shenbao demo → http://127.0.0.1:5173/\n` +
    `  reference server on http://127.0.0.1:${apiPort} (the page reaches it as /api), data in ${join(dataDir, 'shenbao.sqlite')}\n` +
    `  Ctrl-C stops both.\n\n`,
);
