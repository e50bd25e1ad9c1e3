/**
 * What bench:ui and bench:peers share: the built pages served on 127.0.0.1 (a free port),
 * cross-origin isolated so that `performance.now()` is fine-grained, and Debian's headless Chromium
 * with a throwaway profile and no background throttling (a measured page must not be slowed down).
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright';

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
