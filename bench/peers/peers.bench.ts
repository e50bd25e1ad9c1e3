/**
 * Peers benchmark (from the root: `pnpm bench:peers`): the synthetic form of bench/ui/synthetic.ts
 * (N required text fields, maxLength 50, sections of 10, every 10th field shown only while the one
 * before is filled) in each library's own format, validation on every keystroke, N = 100, 300,
 * 1,000 and 3,000, interleaved load by load in one run of headless Debian Chromium: shenbao
 * (precompiled validator, rules on every keystroke), the bare-Lit floor, SurveyJS (framework-free
 * UI), RJSF (ajv8, React), JSON Forms (vanilla renderers, React) and the form-js viewer.
 *
 * Each load is a fresh page in a new browser context; it is measured by the same in-page code as
 * bench:ui (bench/ui/page/measure.ts): cold mount (navigation start → every visible input drawn),
 * keystroke and rule-keystroke work until the page has settled and a style + layout is forced, key →
 * next frame; then heap after a forced GC (CDP) and the gzip of the scripts the page loaded.
 * Writes bench/RESULTS.md (with bench/peers/analysis.md) and bench/peers/chart.svg.
 * Flags: `--quick` (1 load per cell, N = 100 and 1,000); `--sizes=100,300`; `--only=rjsf,formjs` (to try pages).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';
import { openBenchBrowser } from '../bench-browser.js';
import { syntheticForm } from '../ui/synthetic.js';
import { validatorModule } from '../../scripts/gen-validators.js';
import type { BenchApi, Mounted } from '../ui/page/measure.js';

const quick = process.argv.includes('--quick');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = arg('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 300, 1000, 3000]);
const loads = quick ? 1 : 2;
const keysPerLoad = 10;
const ruleKeysPerLoad = 6;
/** A peer whose mount or keystroke exceeds this at one N is not run at larger N (the run stays bounded). */
const giveUpMs = 20_000;

const kinds = ['floor', 'shenbao', 'surveyjs', 'rjsf', 'jsonforms', 'formjs'] as const;
type Kind = (typeof kinds)[number];
const names: Record<Kind, string> = { floor: 'bare Lit (floor)', shenbao: 'shenbao', surveyjs: 'SurveyJS', rjsf: 'RJSF', jsonforms: 'JSON Forms', formjs: 'form-js' };
const benchDir = join(import.meta.dirname, '..');
const versionOf = (pkg: string) => (JSON.parse(readFileSync(join(benchDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const versions: Record<Kind, string> = {
  floor: `lit ${JSON.parse(readFileSync(join(benchDir, '..', 'packages', 'ui', 'node_modules', 'lit', 'package.json'), 'utf8')).version}`,
  shenbao: 'this repository',
  surveyjs: `survey-core + survey-js-ui ${versionOf('survey-js-ui')}`,
  rjsf: `@rjsf/core ${versionOf('@rjsf/core')} + validator-ajv8, react ${versionOf('react')}`,
  jsonforms: `@jsonforms/vanilla-renderers ${versionOf('@jsonforms/vanilla-renderers')}, react ${versionOf('react')}`,
  formjs: `@bpmn-io/form-js-viewer ${versionOf('@bpmn-io/form-js-viewer')}`,
};

const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`;
console.log(`machine: ${machine}; load ${loadAtStart}`);

const genDir = join(benchDir, 'ui', 'page', '.gen');
mkdirSync(genDir, { recursive: true });
for (const n of sizes) writeFileSync(join(genDir, `validator-${n}.js`), validatorModule(syntheticForm(n).definition));
const outDir = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-peers-'));
/** The page of each kind, from bench/: shenbao and the floor are bench:ui's own pages (one page, two benches). */
const pageOf = (kind: Kind) => (kind === 'shenbao' || kind === 'floor' ? `ui/page/${kind}.html` : `peers/page/${kind}.html`);
process.stdout.write('building the pages with Vite … ');
await build({
  configFile: false,
  logLevel: 'warn',
  root: benchDir,
  mode: 'production',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 10_000, rollupOptions: { input: Object.fromEntries(kinds.map((k) => [k, join(benchDir, pageOf(k))])) } },
});
console.log('done');

const { origin, browser, close } = await openBenchBrowser(outDir, 'peers');

interface Cell { mount: number[]; keys: number[]; ruleKeys: number[]; toPaint: number[]; heap: number[]; gzip: number; error?: string }
const cells = new Map<string, Cell>();
const cell = (kind: Kind, n: number) => {
  const key = `${kind}@${n}`;
  if (!cells.has(key)) cells.set(key, { mount: [], keys: [], ruleKeys: [], toPaint: [], heap: [], gzip: 0 });
  return cells.get(key)!;
};
const gaveUp = new Set<Kind>();
/** `--only=rjsf,formjs`: just these (to try a page; the report then is partial). */
const only = arg('only')?.split(',');
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function load(kind: Kind, n: number, round: number): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page mounts in its module script, which holds the load event: wait for the mount, not for `load`.
    await page.goto(`${origin}/${pageOf(kind)}?n=${n}${kind === 'shenbao' ? '&pre' : ''}`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    const mounted = (await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.mounted)) as Mounted;
    if (mounted.error || errors.length) throw new Error(mounted.error ?? errors.join('\n'));
    const c = cell(kind, n);
    c.mount.push(mounted.painted);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    c.heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20);
    if (!c.gzip) {
      const scripts = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.js')))) as string[];
      c.gzip = scripts.reduce((sum, u) => sum + gzipSync(readFileSync(join(outDir, new URL(u).pathname)), { level: 9 }).length, 0) / 1024;
    }
    const inPage = <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ([f, a]) => new Promise<unknown>((resolve, reject) => setTimeout(() => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[f as string]!(...(a as unknown[])).then(resolve, reject), 0)),
        [fn, args] as const,
      ) as Promise<T>;
    const keys = await inPage<{ samples: number[] }>('keystrokes', keysPerLoad, round);
    c.keys.push(...keys.samples);
    const rules = await inPage<{ samples: number[]; toPaint: number[] }>('ruleKeystrokes', ruleKeysPerLoad);
    c.ruleKeys.push(...rules.samples);
    c.toPaint.push(...rules.toPaint);
    if (median(c.mount) > giveUpMs || median(c.keys) > giveUpMs / 10) gaveUp.add(kind);
  } catch (e) {
    cell(kind, n).error = String((e as Error).message ?? e).split('\n')[0]!.slice(0, 200);
    gaveUp.add(kind);
  } finally {
    await ctx.close();
  }
}

try {
  console.log(`browser: Chromium ${browser.version()} headless; 375 × 812; ${loads} fresh loads per library and N; ${keysPerLoad} keystrokes + ${ruleKeysPerLoad} rule keystrokes per load`);
  for (const n of sizes) {
    for (let round = 0; round < loads; round++) {
      const order = round % 2 ? [...kinds].reverse() : [...kinds];
      for (const kind of order) {
        if (gaveUp.has(kind) && !cells.has(`${kind}@${n}`)) continue;
        if (only && !only.includes(kind)) continue;
        process.stdout.write(`\rN = ${n}, load ${round + 1}/${loads}: ${kind} …                `);
        await load(kind, n, round);
      }
    }
  }
  process.stdout.write('\n');
} finally {
  await close();
  rmSync(outDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report: the table at N = 1,000, the growth with N, the chart; bench/RESULTS.md.
// ---------------------------------------------------------------------------------------------
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const at = (kind: Kind, n: number) => cells.get(`${kind}@${n}`);
const row = (label: string, f: (c: Cell) => string, n: number) => `| ${label} | ${kinds.map((k) => (at(k, n) && !at(k, n)!.error ? f(at(k, n)!) : at(k, n)?.error ? 'failed' : 'not run')).join(' | ')} |`;
const tableAt = (n: number) =>
  [
    `| N = ${n.toLocaleString('en')} | ${kinds.map((k) => names[k]).join(' | ')} |`,
    `|---|${kinds.map(() => '---:').join('|')}|`,
    row('cold mount, ms', (c) => ms(median(c.mount)), n),
    row('keystroke work, ms', (c) => ms(median(c.keys)), n),
    row('rule-firing keystroke work, ms', (c) => ms(median(c.ruleKeys)), n),
    row('key → dependent field in next frame, ms', (c) => ms(median(c.toPaint)), n),
    row('JS gzip, KB', (c) => c.gzip.toFixed(1), n),
    row('heap after mount, MB', (c) => median(c.heap).toFixed(1), n),
  ].join('\n');
const growth = (what: 'mount' | 'keys') =>
  [`| ${what === 'mount' ? 'cold mount' : 'keystroke work'}, ms | ${sizes.map((n) => `N = ${n.toLocaleString('en')}`).join(' | ')} |`, `|---|${sizes.map(() => '---:').join('|')}|`, ...kinds.map((k) => `| ${names[k]} | ${sizes.map((n) => (at(k, n)?.error ? 'failed' : at(k, n) ? ms(median(at(k, n)![what])) : 'not run')).join(' | ')} |`)].join('\n');

// SVG: two log-log panels (mount, keystroke) against N.
const colors: Record<Kind, string> = { floor: '#757575', shenbao: '#1565c0', surveyjs: '#2e7d32', rjsf: '#c62828', jsonforms: '#6a1b9a', formjs: '#ef6c00' };
function panel(x0: number, title: string, what: 'mount' | 'keys'): string {
  const w = 380;
  const h = 260;
  const values = kinds.flatMap((k) => sizes.map((n) => median(at(k, n)?.[what] ?? []))).filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  const xOf = (n: number) => x0 + 64 + ((Math.log10(n) - 2) / (Math.log10(sizes.at(-1)!) - 2 || 1)) * (w - 84);
  const yOf = (v: number) => 30 + (1 - (Math.log10(v) - lo) / (hi - lo || 1)) * (h - 60);
  const parts = [`<text x="${x0 + w / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${title}</text>`];
  for (let e = lo; e <= hi; e++) parts.push(`<line x1="${x0 + 64}" x2="${x0 + w - 20}" y1="${yOf(10 ** e)}" y2="${yOf(10 ** e)}" stroke="#ddd"/><text x="${x0 + 60}" y="${yOf(10 ** e) + 4}" text-anchor="end" font-size="10">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ms</text>`);
  for (const n of sizes) parts.push(`<text x="${xOf(n)}" y="${h - 12}" text-anchor="middle" font-size="10">N=${n.toLocaleString('en')}</text>`);
  for (const k of kinds) {
    const pts = sizes.map((n) => [n, median(at(k, n)?.error ? [] : at(k, n)?.[what] ?? [])] as const).filter(([, v]) => v > 0 && Number.isFinite(v));
    if (!pts.length) continue;
    parts.push(`<polyline fill="none" stroke="${colors[k]}" stroke-width="2" points="${pts.map(([n, v]) => `${xOf(n).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ')}"/>`);
    for (const [n, v] of pts) parts.push(`<circle cx="${xOf(n).toFixed(1)}" cy="${yOf(v).toFixed(1)}" r="3" fill="${colors[k]}"/>`);
  }
  return parts.join('\n');
}
const legend = kinds.map((k, i) => `<rect x="${20 + i * 125}" y="282" width="12" height="12" fill="${colors[k]}"/><text x="${36 + i * 125}" y="292" font-size="11">${names[k]}</text>`).join('\n');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="780" height="305" viewBox="0 0 780 305" font-family="sans-serif">
<rect width="780" height="305" fill="#fff"/>
${panel(0, 'cold mount (log scale)', 'mount')}
${panel(390, 'keystroke work (log scale)', 'keys')}
${legend}
</svg>
`;
writeFileSync(join(import.meta.dirname, 'chart.svg'), svg);

const failures = kinds.flatMap((k) => sizes.map((n) => (at(k, n)?.error ? `- ${names[k]} at N = ${n.toLocaleString('en')}: ${at(k, n)!.error}` : ''))).filter(Boolean);
const skipped = kinds.flatMap((k) => sizes.filter((n) => !at(k, n)).map((n) => `${names[k]} N = ${n.toLocaleString('en')}`));
const analysisFile = join(import.meta.dirname, 'analysis.md');
const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
const results = `# Benchmark results

Written by \`pnpm bench:peers\` (bench/peers/peers.bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machine}; Chromium ${'headless'}; load average at start ${loadAtStart}, at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (a shared machine: absolute times swing, compare within a column of one run).

Every library renders the same synthetic form (N required text fields, maxLength 50, sections of 10,
every 10th field shown only while the one before is filled) in its own format, with validation on
every keystroke; ${loads} fresh page load(s) per library and N, interleaved; ${loads * keysPerLoad} keystrokes and ${loads * ruleKeysPerLoad}
rule-firing keystrokes per cell; medians. Cold mount: navigation start → every visible input drawn
(compile and first validation included). Keystroke work: dispatching \`input\` → the page settled (shenbao:
its rules applied on that keystroke; a peer: its model holds the value and the rule has followed) →
a forced style + layout. Versions: ${kinds.map((k) => `${names[k]}: ${versions[k]}`).join('; ')}.

${tableAt(1000)}

${tableAt(sizes[0]!)}

How the cost grows with N (chart: [peers/chart.svg](peers/chart.svg)):

![cold mount and keystroke work against N](peers/chart.svg)

${growth('mount')}

${growth('keys')}

${failures.length ? `Failures:\n${failures.join('\n')}\n` : ''}${skipped.length ? `Not run (a library that needed over ${giveUpMs / 1000} s to mount, or over ${giveUpMs / 10000} s a keystroke, at a smaller N is not run at larger N, to keep the run bounded): ${skipped.join(', ')}.\n` : ''}
${analysis}`;
writeFileSync(join(benchDir, 'RESULTS.md'), results);
console.log(tableAt(1000));
console.log(`\nwrote bench/RESULTS.md and bench/peers/chart.svg; load at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
