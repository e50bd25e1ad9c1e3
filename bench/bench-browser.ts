/**
 * What bench:ui and bench:peers share: the machine line, the precompiled validators of the synthetic
 * form, the Vite build of the bench pages, the built pages served on 127.0.0.1 (a free port),
 * cross-origin isolated so that `performance.now()` is fine-grained, Debian's headless Chromium
 * with a throwaway profile and no background throttling (a measured page must not be slowed down),
 * and one load of a bench page: mount (with a timeout), heap after a forced GC, gzip of its scripts,
 * and the calls of its in-page measurement (bench/ui/page/measure.ts).
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { build, defaultClientConditions, type Rollup } from 'vite';
import { validatorModule } from '../scripts/gen-validators.js';
import { syntheticForm } from './ui/synthetic.js';
import type { BenchApi, Mounted } from './ui/page/measure.js';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** A bench's pages being served and the browser that loads them. */
export interface BenchBrowser {
  /** `http://127.0.0.1:<port>`: the pages of `outDir` below it. */
  origin: string;
  browser: Browser;
  /** Closes the browser and the server and removes the browser's profile. */
  close(): Promise<void>;
}

/** Serves `outDir` (a Vite build) and launches Chromium; `name` names the profile folder. */
export async function openBenchBrowser(outDir: string, name: string): Promise<BenchBrowser> {
  const server = createServer((req, res) => {
    const path = normalize(join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)));
    if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const home = mkdtempSync(join(os.tmpdir(), `shenbao-bench-${name}-chromium-`));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  const close = async () => {
    await browser.close();
    server.close();
    rmSync(home, { recursive: true, force: true });
  };
  return { origin, browser, close };
}

/** The machine, for a bench's first line: CPU model × count, OS, memory, Node. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`;
}

/** The load average now (1, 5 and 15 minutes). */
export const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** The median of `xs` (NaN for none). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The precompiled validator of the synthetic form of each N, into `genDir` (`validator-<N>.js`), for the shenbao page's `?pre`. */
export function writeSyntheticValidators(genDir: string, sizes: readonly number[]): void {
  mkdirSync(genDir, { recursive: true });
  for (const n of sizes) writeFileSync(join(genDir, `validator-${n}.js`), validatorModule(syntheticForm(n).definition));
}

/** A production Vite build of the bench pages `input` (name → html file) below `root` into `outDir`, with the `source` condition (the packages' TypeScript); `sourcemap` for attributing bytes to modules (bench:size). */
export async function buildBenchPages(root: string, outDir: string, input: Record<string, string>, options: { minify?: boolean; sourcemap?: boolean } = {}): Promise<Rollup.RollupOutput> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    mode: 'production',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: options.minify ?? true,
      sourcemap: options.sourcemap ?? false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input,
        // React libraries' 'use client' directives mean nothing in a page bundle: not worth a warning per file.
        onwarn: (warning, warn) => void (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning)),
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return Array.isArray(out) ? out[0]! : out;
}

/**
 * Waits until the page has mounted (`<html data-ready="true">`, set by measure.ts). Not with
 * `waitForSelector`: Playwright's selector engine walks every shadow root on each poll, on the
 * page's main thread, and so would add to the cold mount it waits for (a form of 1,000 shadow
 * roots paid ≈ 14 % of a mount's profile to it). A property read every 100 ms costs nothing.
 */
export async function waitForMount(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: timeoutMs, polling: 100 });
}

/** A bench page mounted in a fresh browser context (nothing cached). */
export interface LoadedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** What the page's cold mount measured (bench/ui/page/measure.ts). */
  mounted: Mounted;
}

/** The mount of a page did not finish within the timeout (the page may still be working). */
export class MountTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`timed out after ${seconds} s`);
  }
}

/**
 * Opens `url` in a new context (375 × 812) and waits until the page has mounted (`data-ready`), at
 * most `timeoutMs` (then MountTimeout). Throws the page's error when its mount failed or it threw.
 * The caller closes `context`.
 */
export async function loadBenchPage(browser: Browser, url: string, timeoutMs: number): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const t0 = Date.now();
    try {
      // The page mounts in its module script, which holds the load event: wait for the mount, not for `load`.
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      await waitForMount(page, Math.max(1000, timeoutMs - (Date.now() - t0)));
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') throw new MountTimeout(Math.round(timeoutMs / 1000));
      throw e;
    }
    const mounted = (await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.mounted)) as Mounted;
    if (mounted.error || errors.length) throw new Error(mounted.error ?? errors.join('\n'));
    const cdp = await context.newCDPSession(page);
    return { context, page, cdp, mounted };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** The page's heap after a forced GC (MB), and, with `outDir`, the gzip (level 9, KB) of the scripts it loaded from there. */
export async function heapAndGzip({ page, cdp }: LoadedPage, outDir?: string): Promise<{ heap: number; gzip?: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  if (!outDir) return { heap };
  const scripts = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.js')))) as string[];
  const gzip = scripts.reduce((sum, u) => sum + gzipSync(readFileSync(join(outDir, new URL(u).pathname)), { level: 9 }).length, 0) / 1024;
  return { heap, gzip };
}

/** Calls `window.bench[fn](...args)` from a fresh page task (not from the CDP call's own) and returns its result. */
export function inPage<K extends keyof Omit<BenchApi, 'mounted'>>(page: Page, fn: K, ...args: Parameters<BenchApi[K]>): ReturnType<BenchApi[K]> {
  return page.evaluate(
    ([f, a]) => new Promise<unknown>((resolve, reject) => setTimeout(() => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[f as string]!(...(a as unknown[])).then(resolve, reject), 0)),
    [fn, args] as const,
  ) as ReturnType<BenchApi[K]>;
}
