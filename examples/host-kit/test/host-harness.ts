/**
 * Test support for the React and Vue hosts: the real reference server as a child process (as
 * `pnpm serve` starts it: demo accounts, its own SQLite file in a temporary folder, a free port),
 * the host built by Vite into a temporary folder and served by `vite preview` with `/api` proxied to
 * that server, and Debian's Chromium through Playwright at a phone's width. It also weighs the build
 * (gzip of each JavaScript file, as a browser downloads it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';

const examples = join(import.meta.dirname, '..', '..');

/** Chromium flags for this machine (see vitest.config.ts). */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** A free loopback port. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The reference server, started as `pnpm serve` does, with the demo accounts. */
async function startReferenceServer(dataDir: string): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: join(examples, 'server'),
    env: { ...process.env, PORT: String(port), SHENBAO_DB: join(dataDir, 'shenbao.sqlite'), SHENBAO_DEMO_USERS: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => void (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the reference server stopped (exit ${child.exitCode}):\n${log}`);
    const up = await fetch(`${url}/forms`).then((r) => r.ok, () => false);
    if (up) return { url, child, log: () => log };
    if (Date.now() > deadline) throw new Error(`the reference server did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A built host served next to a running reference server, and a phone-sized Chromium page on it. */
export interface HostHarness {
  /** The reference server's own address (the page reaches it as `/api`). */
  api: string;
  /** The page's address. */
  url: string;
  /** gzip bytes (level 9) of each JavaScript file of the build, by file name; `entry`: what index.html loads; `total`: every file. */
  gzip: { files: Record<string, number>; total: number; entry: number };
  browser: Browser;
  page: Page;
  /** The browser console's errors so far. */
  consoleErrors: string[];
  serverLog(): string;
  close(): Promise<void>;
}

/** Builds `examples/<host>` with its own Vite config, serves it with `vite preview`, starts the server and Chromium (375 × 800). */
export async function openHost(host: 'react' | 'vue'): Promise<HostHarness> {
  const dir = mkdtempSync(join(tmpdir(), `shenbao-${host}-host-`));
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch(() => undefined);
  };
  try {
    const server = await startReferenceServer(dir);
    cleanups.push(
      () =>
        new Promise<void>((done) => {
          if (server.child.exitCode !== null) return done();
          server.child.once('exit', () => done());
          server.child.kill('SIGTERM');
        }),
    );
    const configFile = join(examples, host, 'vite.config.ts');
    const outDir = join(dir, 'dist');
    // A production build, as a host ships it (vitest sets NODE_ENV=test, which Vite would keep: React's development build).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const assets = join(outDir, 'assets');
    const files: Record<string, number> = {};
    for (const name of readdirSync(assets).filter((f) => f.endsWith('.js')).sort()) files[name] = gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
    // What index.html loads before the form shows: its module script and the chunks it preloads (the lazily loaded elements come later, if ever).
    const loaded = [...readFileSync(join(outDir, 'index.html'), 'utf8').matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    const gzip = { files, total: Object.values(files).reduce((a, b) => a + b, 0), entry: loaded.reduce((sum, name) => sum + (files[name] ?? 0), 0) };

    const port = await freePort();
    const proxy = { '/api': { target: server.url, rewrite: (path: string) => path.replace(/^\/api/, '') } };
    const web: PreviewServer = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, proxy } });
    cleanups.push(() => web.close());

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(30_000);
    const consoleErrors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
    page.on('pageerror', (error) => void consoleErrors.push(String(error)));
    return { api: server.url, url: `http://127.0.0.1:${port}/`, gzip, browser, page, consoleErrors, serverLog: server.log, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A bearer token of a demo account (`POST /auth/token`), for reading what the server stored. */
export async function bearer(api: string, username = 'zhangsan'): Promise<string> {
  const response = await fetch(`${api}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  if (!response.ok) throw new Error(`POST /auth/token: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** Screenshots of the walk go here (looked at by a person; not compared). */
export const shotsDir = '/tmp/shots/hosts';

/** The unit the walk picks, as the host's directory (examples/host-kit/src/units.ts) has it. */
export const pickedUnit = { name: '武汉市武昌区中医医院', orgCode: '12420106441360046P' };

/**
 * The candidate's walk through a host: sign in as `zhangsan`, choose 绑定工作单位 (the rules then
 * show 单位名称 and 单位确认码, absent before), search and pick the unit (the host fills
 * 工作单位信息 from its directory), enter the code, 下一步, tick the pledge, 确定 — until the host
 * says the server stored it and the form shows 提交成功. Screenshots `<host>-<n>-<state>.png`.
 * Answers the record id the page shows.
 */
export async function declareWorkUnit(h: HostHarness, host: string): Promise<string> {
  const shot = (name: string) => h.page.screenshot({ path: join(shotsDir, `${host}-${name}.png`), fullPage: true });
  try {
    return await walk(h, shot);
  } catch (error) {
    await shot('failed').catch(() => undefined);
    throw error;
  }
}

async function walk(h: HostHarness, shot: (name: string) => Promise<unknown>): Promise<string> {
  const { page } = h;
  await page.goto(h.url);
  await page.getByRole('button', { name: '登录' }).click();
  const status = page.getByText(/申报编号 /);
  await status.waitFor();
  const recordId = /申报编号 (\S+)/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  const unitSearch = page.getByRole('combobox', { name: /单位名称/ });
  const bind = page.getByRole('radio', { name: '绑定工作单位' });
  await bind.waitFor();
  if ((await unitSearch.count()) !== 0) throw new Error('单位名称 is shown before an action is chosen');
  await shot('1-start');

  await bind.check();
  await unitSearch.waitFor();
  await unitSearch.pressSequentially('武昌');
  await page.getByRole('option', { name: pickedUnit.name }).click();
  const boundName = page.getByRole('textbox', { name: /单位名称/ });
  await expectValue(boundName, pickedUnit.name);
  await expectValue(page.getByRole('textbox', { name: /机构编码/ }), pickedUnit.orgCode);
  await page.getByRole('textbox', { name: /单位确认码/ }).fill('A3K9Q2');
  await page.getByRole('textbox', { name: /单位确认码/ }).blur();
  await page.getByRole('status').filter({ hasText: '可以提交' }).waitFor();
  // The host's status line names the field by its title, as the form's issue list does — never a JSON Pointer (/confirmationCode).
  const line = await page.getByRole('status').filter({ hasText: '可以提交' }).textContent();
  if (line !== '已修改 单位确认码，可以提交') throw new Error(`the host's status line reads “${line}”, not “已修改 单位确认码，可以提交”`);
  await shot('2-filled');

  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('checkbox', { name: /真实、准确、完整、有效/ }).check();
  await shot('3-confirm');
  await page.getByRole('button', { name: '确定' }).click();
  await page.locator('.stored').waitFor();
  await page.getByText('提交成功').first().waitFor();
  await shot('4-submitted');
  return recordId;
}

/** Waits until an input shows `value`. */
async function expectValue(locator: ReturnType<Page['getByRole']>, value: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await locator.inputValue().catch(() => '');
    if (now === value) return;
    if (Date.now() > deadline) throw new Error(`expected “${value}”, the field shows “${now}”`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
