/**
 * UI benchmark (run from the root: `pnpm bench:ui`): what a user of `<shenbao-form>` sees, against
 * the floor (a bare Lit page with the same inputs and the same show rule written by hand), on the
 * synthetic form of `synthetic.ts` (N required text fields, maxLength 50, sections of 10 on one
 * step, every 10th shown while the one before is filled), N = 100 and 1,000, in headless Debian
 * Chromium, all in one run with the kinds alternating load by load:
 *
 *   - cold mount: a fresh page (new browser context, nothing cached) with a definition object made
 *     on that load — compile and first evaluation included — from the navigation's start until
 *     every initially visible input is in the DOM with the rules applied and the next frame drawn;
 *     shenbao with the precompiled validator (as a page with a built-in form ships) and with the
 *     schema compiled in the page (a definition given at run time);
 *   - keystroke work and rule-firing keystroke work: from dispatching `input` until the rules of
 *     that keystroke are applied and shown and a style + layout is forced (main-thread time, not
 *     rounded to frames); key → the frame that shows the dependent field;
 *   - heap after mount (CDP, after a forced GC), JS gzip of the page (the scripts it loaded), and
 *     the gzip of `@shenbao/ui/define` in a small host page with one precompiled built-in form
 *     (a Vite build; only the chunks loaded at start, not those loaded on first use).
 *
 * A benchmark, not a test: it prints numbers and exits 0 unless something is broken.
 * Flags: `--quick` (fewer loads), `--profile` (an unminified build, so its sizes and times are not
 * the shipped ones; then CPU profiles via CDP of rule keystrokes and of a cold mount at N = 1,000,
 * precompiled and with the definition given at run time: the functions of most self time).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { buildBenchPages, heapAndGzip, inPage, loadAverage, loadBenchPage, machine, median, openBenchBrowser, waitForMount, writeSyntheticValidators } from '../bench-browser.js';
import { checkSynthetic } from './synthetic.js';
import { startChunkNames } from './start-chunks.js';
import type { BenchApi } from './page/measure.js';

const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--profile');
const sizes = [100, 1000] as const;
const loads = quick ? 2 : 5;
const keysPerLoad = quick ? 20 : 40;
const ruleKeysPerLoad = quick ? 10 : 20;

console.log(`machine: ${machine()}; load ${loadAverage()}`);
for (const n of sizes) {
  const problems = checkSynthetic(n);
  if (problems.length) {
    console.error(`synthetic form with ${n} fields is not valid:\n${problems.join('\n')}`);
    process.exit(1);
  }
}
console.log(`synthetic forms: N = ${sizes.join(', ')}; checkDefinition and lintPack: no problems`);

// ---------------------------------------------------------------------------------------------
// Builds: the bench pages (with the precompiled validators of the synthetic forms), and the host page.
// ---------------------------------------------------------------------------------------------
const pageRoot = join(import.meta.dirname, 'page');
writeSyntheticValidators(join(pageRoot, '.gen'), sizes);
const outDir = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-ui-'));
const hostDir = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-host-'));
process.stdout.write('building the bench pages and the host page with Vite … ');
await buildBenchPages(pageRoot, outDir, { floor: join(pageRoot, 'floor.html'), shenbao: join(pageRoot, 'shenbao.html') }, { minify: !profile });
const hostOut = await buildBenchPages(join(import.meta.dirname, 'host'), hostDir, { host: join(import.meta.dirname, 'host', 'index.html') }, { minify: !profile });
console.log('done');
const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** The chunks a page loads at start: the entry and its static imports (not the ones loaded on first use). */
function startChunks(output: Rollup.RollupOutput): { size: number; lazy: number; byPackage: Map<string, number> } {
  const { chunks, start: seen } = startChunkNames(output);
  let size = 0;
  let lazy = 0;
  const byPackage = new Map<string, number>();
  for (const [name, chunk] of chunks) {
    if (!seen.has(name)) {
      lazy += gz(chunk.code);
      continue;
    }
    size += gz(chunk.code);
    for (const [id, m] of Object.entries(chunk.modules)) {
      const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1] ?? id.match(/packages\/([^/]+)\//)?.[1]?.replace(/^/, '@shenbao/') ?? 'other';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + m.renderedLength);
    }
  }
  return { size, lazy, byPackage };
}
const host = startChunks(hostOut);

// ---------------------------------------------------------------------------------------------
// Serve the pages on 127.0.0.1 (free port), cross-origin isolated (fine performance.now()); Chromium.
// ---------------------------------------------------------------------------------------------
const { origin, browser, close } = await openBenchBrowser(outDir, 'ui');

type Kind = 'floor' | 'shenbao' | 'shenbao-runtime';
const kinds: readonly Kind[] = ['floor', 'shenbao', 'shenbao-runtime'];
const label: Record<Kind, string> = { floor: 'floor (bare Lit)', shenbao: 'shenbao, precompiled', 'shenbao-runtime': 'shenbao, runtime definition' };
const urlOf = (kind: Kind, n: number) => `${origin}/${kind === 'floor' ? 'floor' : 'shenbao'}.html?n=${n}${kind === 'shenbao' ? '&pre' : ''}`;

interface Cell { mount: number[]; script: number[]; keys: number[]; ruleKeys: number[]; toPaint: number[]; heap: number[]; gzip: number; deferred: number }
const cells = new Map<string, Cell>();
const cell = (kind: Kind, n: number) => {
  const key = `${kind}@${n}`;
  if (!cells.has(key)) cells.set(key, { mount: [], script: [], keys: [], ruleKeys: [], toPaint: [], heap: [], gzip: 0, deferred: 0 });
  return cells.get(key)!;
};

/** One fresh page load: a new context (nothing cached), the page mounts at once; then heap, keystrokes. */
async function load(kind: Kind, n: number, round: number): Promise<void> {
  const loaded = await loadBenchPage(browser, urlOf(kind, n), 120_000).catch((e: Error) => {
    throw new Error(`${kind} N=${n}: ${e.message}`);
  });
  try {
    const c = cell(kind, n);
    c.mount.push(loaded.mounted.painted);
    c.script.push(loaded.mounted.script);
    const { heap, gzip } = await heapAndGzip(loaded, c.gzip ? undefined : outDir);
    c.heap.push(heap);
    if (gzip) c.gzip = gzip;
    const keys = await inPage(loaded.page, 'keystrokes', keysPerLoad, round);
    const rules = await inPage(loaded.page, 'ruleKeystrokes', ruleKeysPerLoad);
    c.keys.push(...keys.samples);
    c.ruleKeys.push(...rules.samples);
    c.toPaint.push(...rules.toPaint);
    c.deferred += keys.deferred + rules.deferred;
  } finally {
    await loaded.context.close();
  }
}
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

try {
  const version = browser.version();
  console.log(`browser: Chromium ${version} headless; viewport 375 × 812; ${loads} fresh loads per kind and N, ${keysPerLoad} keystrokes + ${ruleKeysPerLoad} rule keystrokes per load`);
  for (let round = 0; round < loads; round++) {
    for (const n of sizes) {
      const order = round % 2 ? [...kinds].reverse() : kinds;
      for (const kind of order) {
        process.stdout.write(`\rload ${round + 1}/${loads}, N = ${n}, ${kind} …            `);
        await load(kind, n, round);
      }
    }
  }
  process.stdout.write('\n');

  if (profile) {
    const cpuProfile = async (title: string, kind: Kind, run: (page: import('playwright').Page) => Promise<unknown>) => {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await ctx.newPage();
      await page.goto(urlOf(kind, 1000), { waitUntil: 'commit' });
      await waitForMount(page, 120_000);
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await run(page);
      const { profile: cpu } = await cdp.send('Profiler.stop');
      const file = join(os.tmpdir(), `shenbao-${title.replace(/\W+/g, '-')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(cpu));
      const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      cpu.samples?.forEach((id, i) => {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas?.[i] ?? 0));
      });
      const busy = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
      const total = busy.reduce((a, [, us]) => a + us, 0);
      console.log(`\nCPU profile, ${title} (${file}); self time, top 15 of ${(total / 1000).toFixed(0)} ms busy:`);
      for (const [key, us] of busy.sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
      await ctx.close();
    };
    await cpuProfile('40 rule keystrokes, shenbao N=1000', 'shenbao', (page) =>
      page.evaluate(() => new Promise((r) => setTimeout(() => (window as unknown as { bench: BenchApi }).bench.ruleKeystrokes(40).then(r), 0))),
    );
    const reload = async (page: import('playwright').Page) => {
      await page.reload({ waitUntil: 'commit' });
      await waitForMount(page, 120_000);
    };
    await cpuProfile('cold mount (reload), shenbao precompiled N=1000', 'shenbao', reload);
    await cpuProfile('cold mount (reload), shenbao runtime definition N=1000', 'shenbao-runtime', reload);
  }
} finally {
  await close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(hostDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------
const rows: [string, (c: Cell) => string][] = [
  ['cold mount (nav start → painted), ms', (c) => fmt(median(c.mount))],
  ['  of which the page script, ms', (c) => fmt(median(c.script))],
  ['keystroke work, ms', (c) => fmt(median(c.keys))],
  ['rule keystroke work, ms', (c) => fmt(median(c.ruleKeys))],
  ['key → dependent field in next frame, ms', (c) => fmt(median(c.toPaint))],
  ['heap after mount, MB', (c) => median(c.heap).toFixed(1)],
  ['JS gzip of the page, KB', (c) => c.gzip.toFixed(1)],
];
for (const n of sizes) {
  console.log(`\nN = ${n.toLocaleString('en')} (medians; ${loads} loads, ${loads * keysPerLoad} keystrokes, ${loads * ruleKeysPerLoad} rule keystrokes per kind)`);
  const header = ['measure', ...kinds.map((k) => label[k])];
  const table = rows.map(([name, f]) => [name, ...kinds.map((k) => f(cell(k, n)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  const deferred = cell('shenbao', n).deferred + cell('shenbao-runtime', n).deferred;
  console.log(`keystrokes whose rules did not run within the keystroke (deferred to a typing pause): ${deferred}`);
}

const big = (k: Kind) => cell(k, 1000);
const mountRatio = median(big('shenbao').mount) / median(big('floor').mount);
const runtimeRatio = median(big('shenbao-runtime').mount) / median(big('floor').mount);
const keyWork = median(big('shenbao').keys);
const ruleWork = median(big('shenbao').ruleKeys);
const growth = keyWork / median(cell('shenbao', 100).keys);
const heap = median(big('shenbao').heap);
const defineKb = host.size / 1024;
console.log('');
console.log(`cold mount N=1000: shenbao/floor = ${mountRatio.toFixed(2)}`);
console.log(`cold mount N=1000 (runtime definition): shenbao/floor = ${runtimeRatio.toFixed(2)}`);
console.log(`keystroke work N=1000: ${keyWork.toFixed(1)} ms`);
console.log(`rule keystroke work N=1000: ${ruleWork.toFixed(1)} ms`);
console.log(`growth keystroke N=1000/N=100 = ${growth.toFixed(2)}`);
console.log(`gzip @shenbao/ui/define = ${defineKb.toFixed(1)} KB`);
console.log(`heap N=1000 = ${heap.toFixed(1)} MB`);
console.log('');
const top = [...host.byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([p, b]) => `${p} ${(b / 1024).toFixed(0)} KB`).join(', ');
console.log(`host page (one precompiled built-in form, tcm-expertise; per module: pnpm bench:size): ${defineKb.toFixed(1)} KB gzip at start, ${(host.lazy / 1024).toFixed(1)} KB more on first use; minified by package: ${top}`);
const targets: [string, boolean, string][] = [
  ['cold mount ≤ 1.5× floor (precompiled)', mountRatio <= 1.5, `${mountRatio.toFixed(2)}×`],
  ['keystroke work ≤ 3 ms', keyWork <= 3, `${keyWork.toFixed(1)} ms`],
  ['rule keystroke work ≤ 5 ms', ruleWork <= 5, `${ruleWork.toFixed(1)} ms`],
  ['growth ≤ 2', growth <= 2, growth.toFixed(2)],
  ['gzip ≤ 50 KB', defineKb <= 50, `${defineKb.toFixed(1)} KB`],
  ['heap ≤ 5 MB', heap <= 5, `${heap.toFixed(1)} MB`],
];
console.log(`targets at N = 1,000: ${targets.map(([t, ok, v]) => `${t}: ${v} ${ok ? '(met)' : '(NOT met)'}`).join('; ')}`);
console.log(`load at the end: ${loadAverage()}`);
