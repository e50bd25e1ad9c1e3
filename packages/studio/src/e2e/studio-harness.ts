/**
 * Test support: a copy of the built-in forms folder in a temporary directory (so a studio test that
 * writes a pack never races the other tests reading packages/forms), the studio server on it, and
 * Debian's Chromium through Playwright.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { builtinFormsDir } from '@shenbao/cli';
import { startStudio, type RunningStudio } from '../node/studio-server.js';

/** Chromium flags for this machine (see vitest.config.ts). */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** A running studio on a copy of the forms, with a browser page open on it. */
export interface Harness {
  formsDir: string;
  studio: RunningStudio;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Copies the forms, starts the studio and opens Chromium at 1280 × 900. */
export async function openStudio(): Promise<Harness> {
  const formsDir = await mkdtemp(join(tmpdir(), 'shenbao-studio-'));
  const source = builtinFormsDir();
  await cp(source, formsDir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|src)([\\/]|$)/.test(path.slice(source.length)) });
  const studio = await startStudio({ formsDir, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  return {
    formsDir,
    studio,
    browser,
    page,
    async close() {
      await browser.close().catch(() => undefined);
      await studio.close().catch(() => undefined);
      await rm(formsDir, { recursive: true, force: true });
    },
  };
}
