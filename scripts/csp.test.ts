/**
 * A built-in form under a strict Content-Security-Policy: the page of scripts/csp-page/ is built
 * with Vite, served from 127.0.0.1 with `Content-Security-Policy: script-src 'self'` and driven in
 * Debian Chromium. ajv's runtime compilation (`new Function`) is refused there, so the form can only
 * validate with the precompiled validator of packages/forms/src/generated/validators/.
 *
 * Everything in the page runs from clicks: code run by `page.evaluate` may be let through by
 * DevTools although the page itself may not run it (see the trap in the design notes).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { build, defaultClientConditions } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@shenbao/cli';
import type { FormDefinition } from '@shenbao/core';
import { tcmExpertise } from '@shenbao/forms';
import { evaluate, resolvePack, type RulePack } from '@shenbao/rules';
import { cases, context } from './csp-page/cases.js';

const csp = "script-src 'self'";
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

let outDir = '';
let home = '';
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(os.tmpdir(), 'shenbao-csp-page-'));
  home = mkdtempSync(join(os.tmpdir(), 'shenbao-csp-chromium-'));
  // The host's step for a definition given at run time: `shenbao compile` its validator module (bundled with the page).
  const pageDir = join(import.meta.dirname, 'csp-page');
  const compiled = await runCli(['compile', join(pageDir, 'runtime-definition.json'), '-o', join(pageDir, 'runtime-definition.validator.js')], { stdout: () => {}, stderr: () => {} } as never);
  expect(compiled).toBe(0);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(import.meta.dirname, 'csp-page'),
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
  });
  copyFileSync(join(pageDir, 'runtime-definition.json'), join(outDir, 'runtime-definition.json')); // fetched at run time
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(outDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? (path.endsWith('.json') ? 'application/json' : 'application/octet-stream'), 'Content-Security-Policy': csp });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  const response = await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  expect(response?.headers()['content-security-policy']).toBe(csp);
  await page.waitForSelector('html[data-ready="true"]');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Clicks a check button and returns the verdict the page writes. */
async function verdictOf(name: 'incomplete' | 'complete'): Promise<string> {
  await page.click(`#check-${name}`);
  await page.waitForFunction(() => document.getElementById('verdict')!.textContent !== '', undefined, { timeout: 30_000 });
  return (await page.textContent('#verdict')) ?? '';
}

describe("strict CSP (script-src 'self'): <shenbao-form> validates with the precompiled validator (COMMON-2, COMMON-3)", () => {
  it('the page itself may not evaluate code: new Function throws EvalError', async () => {
    await page.click('#probe');
    await expect.poll(() => page.textContent('#probe-result')).toBe('EvalError');
    await expect.poll(() => page.textContent('#violation')).toBe('script-src eval'); // the page's own report of the refusal
  });

  it('an incomplete declaration shows the same Chinese issues as evaluate() in Node', async () => {
    const pack = resolvePack([tcmExpertise.packs[2024] as RulePack], 2024);
    const expected = (await evaluate(tcmExpertise.definition, pack, cases.incomplete, context)).issues.map((i) => `${i.path} ${i.message}`);
    expect(expected).toEqual(expect.arrayContaining(['/applicant/name 请填写姓名', '/applicant/mobile 手机号码 不是有效的手机号码', '/applicant/idNumber 证件号码 不是有效的居民身份证号码']));
    const verdict = await verdictOf('incomplete');
    expect(verdict.split('\n').sort()).toEqual([...expected].sort());
    expect(await page.textContent('#errors')).toBe('');
    expect(consoleErrors.filter((m) => !/Content Security Policy|unsafe-eval/.test(m))).toEqual([]); // only the probe's refusal may be logged
  }, 60_000);

  it('in English (locale en): the catalog loads under the CSP as a same-origin chunk; the issues equal evaluate() in Node in English', async () => {
    const pack = resolvePack([tcmExpertise.packs[2024] as RulePack], 2024);
    const expected = (await evaluate(tcmExpertise.definition, pack, cases.incomplete, context, { locale: 'en' })).issues.map((i) => `${i.path} ${i.message}`);
    expect(expected).toEqual(expect.arrayContaining(['/applicant/name Please fill in Name']));
    expect(readdirSync(join(outDir, 'assets')).filter((f) => /^en-.*\.js$/.test(f))).toHaveLength(1); // its own chunk, not in the start page
    await page.click('#check-english');
    await expect.poll(() => page.textContent('#verdict')).toMatch(/^next: |failed/);
    const [next, ...issues] = ((await page.textContent('#verdict')) ?? '').split('\n');
    expect(issues.sort()).toEqual([...expected].sort());
    expect(next).toBe('next: Next');
    expect(await page.textContent('#errors')).toBe('');
  }, 60_000);

  it('the complete shicheng-pass declaration is 完整', async () => {
    expect(await verdictOf('complete')).toBe('完整');
    expect(await page.textContent('#errors')).toBe('');
  }, 60_000);

  it('a definition given at run time without a precompiled validator: one console error and an on-screen message say what to do, never a blank form', async () => {
    const before = consoleErrors.length;
    await page.click('#runtime');
    const message = page.locator('#runtime-host shenbao-form [role="alert"]'); // Playwright's locators pierce shadow roots
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(1);
    expect(await message.textContent()).toContain('预编译的校验器');
    expect(await message.isVisible()).toBe(true);
    const ours = consoleErrors.slice(before).filter((m) => m.startsWith('shenbao:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('precompiled validator');
    expect(await page.textContent('#errors')).toBe(''); // nothing thrown uncaught
  }, 60_000);

  it('a definition given at run time with the module `shenbao compile` made of it validates under the CSP, as evaluate() in Node', async () => {
    const definition = JSON.parse(readFileSync(join(import.meta.dirname, 'csp-page', 'runtime-definition.json'), 'utf8')) as FormDefinition;
    const pack = resolvePack([{ form: definition.id, year: 2024, rules: [] } as unknown as RulePack], 2024);
    const expected = (await evaluate(definition, pack, { name: '太长太长的名字', age: 12 })).issues.map((i) => `${i.path} ${i.message}`);
    expect(expected.length).toBe(2);
    await page.click('#runtime-compiled');
    await page.waitForFunction(() => document.getElementById('runtime-verdict')!.textContent !== '', undefined, { timeout: 30_000 });
    expect(((await page.textContent('#runtime-verdict')) ?? '').split('\n')).toEqual(expected);
    expect(await page.locator('#runtime-compiled-host shenbao-form [role="alert"]').count()).toBe(0);
    expect(await page.textContent('#errors')).toBe('');
  }, 60_000);
});
