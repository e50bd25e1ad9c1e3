/**
 * Peers benchmark (from the root: `pnpm bench:peers`): the synthetic form of bench/ui/synthetic.ts
 * (N required text fields, maxLength 50, sections of 10, every 10th field shown only while the one
 * before is filled) in each library's own format, validation on every keystroke, N = 100, 300,
 * 1,000 and 3,000, interleaved load by load in one run of headless Debian Chromium: the bare-Lit
 * floor, shenbao with its precompiled validator, shenbao with the definition given at run time (ajv
 * compiles the schema in the page), SurveyJS (framework-free UI), RJSF (ajv8, React), JSON Forms
 * (vanilla renderers, React) and the form-js viewer.
 *
 * Each load is a fresh page in a new browser context; it is measured by the same in-page code as
 * bench:ui (bench/ui/page/measure.ts): cold mount (navigation start → every visible input drawn),
 * keystroke and rule-keystroke work until the page has settled and a style + layout is forced, key →
 * next frame; then heap after a forced GC (CDP) and the gzip of the scripts the page loaded.
 *
 * The run is bounded by time, not by cutting libraries: a mount has `--mount-timeout` seconds
 * (default 180; the cell then says "timed out after 180 s", and that library is not tried at a
 * larger N), and a load's plain and rule keystrokes each stop after `--budget` seconds (default 20)
 * once two of them are measured (the cell's sample count says so).
 * Writes bench/peers/results.json (every sample of the run), bench/RESULTS.md (its tables, the
 * chart, then bench/peers/analysis.md) and bench/peers/chart.svg.
 * Flags: `--quick` (1 load per cell, N = 100 and 1,000); `--sizes=100,300`; `--only=shenbao-runtime,formjs`
 * (to try pages; the report is then partial); `--mount-timeout=180`; `--budget=20`;
 * `--report` (no measuring: RESULTS.md and the chart again from results.json, after editing analysis.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildBenchPages, heapAndGzip, inPage, loadAverage, loadBenchPage, machine, median, MountTimeout, openBenchBrowser, writeSyntheticValidators } from '../bench-browser.js';

const quick = process.argv.includes('--quick');
const reportOnly = process.argv.includes('--report');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const kinds = ['floor', 'shenbao', 'shenbao-runtime', 'surveyjs', 'rjsf', 'jsonforms', 'formjs'] as const;
type Kind = (typeof kinds)[number];
const names: Record<Kind, string> = {
  floor: 'bare Lit (floor)',
  shenbao: 'shenbao, precompiled',
  'shenbao-runtime': 'shenbao, run-time definition',
  surveyjs: 'SurveyJS',
  rjsf: 'RJSF',
  jsonforms: 'JSON Forms',
  formjs: 'form-js',
};
const peers: readonly Kind[] = ['surveyjs', 'rjsf', 'jsonforms', 'formjs'];
const benchDir = join(import.meta.dirname, '..');
const versionOf = (pkg: string, from = join(benchDir, 'node_modules')) => (JSON.parse(readFileSync(join(from, pkg, 'package.json'), 'utf8')) as { version: string }).version;
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: benchDir, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown commit';
  }
})();
const currentVersions = (): Record<Kind, string> => ({
  floor: `lit ${versionOf('lit', join(benchDir, '..', 'packages', 'ui', 'node_modules'))}`,
  shenbao: `this repository at ${commit}`,
  'shenbao-runtime': `the same, with ajv ${versionOf('ajv')}`,
  surveyjs: `survey-core + survey-js-ui ${versionOf('survey-js-ui')}`,
  rjsf: `@rjsf/core ${versionOf('@rjsf/core')} + validator-ajv8, react ${versionOf('react')}`,
  jsonforms: `@jsonforms/vanilla-renderers ${versionOf('@jsonforms/vanilla-renderers')}, react ${versionOf('react')}`,
  formjs: `@bpmn-io/form-js-viewer ${versionOf('@bpmn-io/form-js-viewer')}`,
});

interface Cell {
  mount: number[];
  keys: number[];
  ruleKeys: number[];
  toPaint: number[];
  heap: number[];
  gzip: number;
  /** Seconds of the mount timeout that a load of this cell ran into. */
  timedOut?: number;
  error?: string;
}
/** A run: how it was made and every sample (bench/peers/results.json). */
interface Run {
  startedAt: string;
  minutes: number;
  machine: string;
  chromium: string;
  loadAtStart: string;
  loadAtEnd: string;
  versions: Record<Kind, string>;
  /** The flags that made it partial, if any. */
  partial: string;
  sizes: number[];
  loads: number;
  keysPerLoad: number;
  ruleKeysPerLoad: number;
  keyBudgetMs: number;
  mountTimeoutMs: number;
  /** `kind@N` → cell. */
  cells: Record<string, Cell>;
}
const resultsFile = join(import.meta.dirname, 'results.json');
const run: Run = reportOnly ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Run) : await measure();
if (!reportOnly) writeFileSync(resultsFile, `${JSON.stringify(run, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v), 1)}\n`);

/** Measures every cell (interleaved), within the bounds. */
async function measure(): Promise<Run> {
  const sizes = arg('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 300, 1000, 3000]);
  const loads = quick ? 1 : 2;
  const keysPerLoad = 10;
  const ruleKeysPerLoad = 6;
  /** A mount not finished within this is "timed out" (generous: a slow library at N = 3,000 on a loaded machine still gets there). */
  const mountTimeoutMs = Number(arg('mount-timeout') ?? 180) * 1000;
  /** Per load, the plain keystrokes and then the rule keystrokes each stop past this (after at least two): a slow page costs minutes, not hours. */
  const keyBudgetMs = Number(arg('budget') ?? 20) * 1000;
  const only = arg('only')?.split(',');
  for (const o of only ?? []) if (!kinds.includes(o as Kind)) throw new Error(`--only=${o}: not one of ${kinds.join(', ')}`);

  const startedAt = new Date();
  const loadAtStart = loadAverage();
  console.log(`machine: ${machine()}; load ${loadAtStart}`);

  const outDir = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-peers-'));
  writeSyntheticValidators(join(benchDir, 'ui', 'page', '.gen'), sizes);
  /** The page of each kind, from bench/: shenbao and the floor are bench:ui's own pages (one page, two benches). */
  const pageOf = (kind: Kind) => (kind === 'floor' ? 'ui/page/floor.html' : kind.startsWith('shenbao') ? 'ui/page/shenbao.html' : `peers/page/${kind}.html`);
  process.stdout.write('building the pages with Vite … ');
  await buildBenchPages(benchDir, outDir, Object.fromEntries([...new Set(kinds.map(pageOf))].map((p) => [p.replace(/\W+/g, '-'), join(benchDir, p)])));
  console.log('done');

  const { origin, browser, close } = await openBenchBrowser(outDir, 'peers');
  const chromiumVersion = browser.version();

  const cells: Record<string, Cell> = {};
  const cell = (kind: Kind, n: number) => (cells[`${kind}@${n}`] ??= { mount: [], keys: [], ruleKeys: [], toPaint: [], heap: [], gzip: 0 });
  const at = (kind: Kind, n: number): Cell | undefined => cells[`${kind}@${n}`];
  /** The smallest N at which a kind's mount timed out: it is not tried at larger N. */
  const timedOutAt = new Map<Kind, number>();

  async function load(kind: Kind, n: number, round: number): Promise<void> {
    const c = cell(kind, n);
    try {
      const loaded = await loadBenchPage(browser, `${origin}/${pageOf(kind)}?n=${n}${kind === 'shenbao' ? '&pre' : ''}`, mountTimeoutMs);
      try {
        c.mount.push(loaded.mounted.painted);
        const { heap, gzip } = await heapAndGzip(loaded, c.gzip ? undefined : outDir);
        c.heap.push(heap);
        if (gzip) c.gzip = gzip;
        const keys = await inPage(loaded.page, 'keystrokes', keysPerLoad, round, keyBudgetMs);
        c.keys.push(...keys.samples);
        const rules = await inPage(loaded.page, 'ruleKeystrokes', ruleKeysPerLoad, keyBudgetMs);
        c.ruleKeys.push(...rules.samples);
        c.toPaint.push(...rules.toPaint);
      } finally {
        await loaded.context.close();
      }
    } catch (e) {
      if (e instanceof MountTimeout) {
        c.timedOut = e.seconds;
        timedOutAt.set(kind, Math.min(n, timedOutAt.get(kind) ?? Infinity));
      } else c.error = String((e as Error).message ?? e).split('\n')[0]!.slice(0, 200);
    }
  }

  const runStart = performance.now();
  const elapsed = () => `${((performance.now() - runStart) / 60_000).toFixed(1)} min`;
  try {
    console.log(`browser: Chromium ${chromiumVersion} headless; 375 × 812; ${loads} fresh loads per library and N; ${keysPerLoad} keystrokes + ${ruleKeysPerLoad} rule keystrokes per load (each stops past ${keyBudgetMs / 1000} s after two); mount timeout ${mountTimeoutMs / 1000} s`);
    for (const n of sizes) {
      for (let round = 0; round < loads; round++) {
        const order = round % 2 ? [...kinds].reverse() : [...kinds];
        for (const kind of order) {
          if (only && !only.includes(kind)) continue;
          if ((timedOutAt.get(kind) ?? Infinity) < n || at(kind, n)?.timedOut) continue;
          process.stdout.write(`\r[${elapsed()}] N = ${n}, load ${round + 1}/${loads}: ${kind} …                `);
          await load(kind, n, round);
        }
      }
    }
    process.stdout.write(`\rmeasured in ${elapsed()}                                              \n`);
  } finally {
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const flags = [quick && '--quick', arg('sizes') && `--sizes=${arg('sizes')}`, only && `--only=${only.join(',')}`, arg('mount-timeout') && `--mount-timeout=${arg('mount-timeout')}`, arg('budget') && `--budget=${arg('budget')}`].filter(Boolean);
  return {
    startedAt: startedAt.toISOString(),
    minutes: (performance.now() - runStart) / 60_000,
    machine: machine(),
    chromium: chromiumVersion,
    loadAtStart,
    loadAtEnd: loadAverage(),
    versions: currentVersions(),
    partial: flags.join(' '),
    sizes,
    loads,
    keysPerLoad,
    ruleKeysPerLoad,
    keyBudgetMs,
    mountTimeoutMs,
    cells,
  };
}
const { sizes, loads, keysPerLoad, ruleKeysPerLoad, keyBudgetMs, mountTimeoutMs } = run;
const at = (kind: Kind, n: number): Cell | undefined => run.cells[`${kind}@${n}`];
/** The smallest N at which a kind's mount timed out. */
const timedOutAt = new Map<Kind, number>();
for (const n of [...sizes].reverse()) for (const k of kinds) if (at(k, n)?.timedOut) timedOutAt.set(k, n);

// ---------------------------------------------------------------------------------------------
// Report: the tables at N = 1,000 and N = 100, the run-time definition against the peers, the
// growth with N, the chart; bench/RESULTS.md.
// ---------------------------------------------------------------------------------------------
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const thousands = (n: number) => n.toLocaleString('en');
/** What a cell shows when it has no number: why. */
function missing(kind: Kind, n: number): string | undefined {
  const c = at(kind, n);
  if (c?.timedOut) return `timed out after ${c.timedOut} s`;
  if (c?.error) return 'failed (below)';
  if (!c || !c.mount.length) {
    const t = timedOutAt.get(kind);
    return t !== undefined && t < n ? `not tried (timed out at N = ${thousands(t)})` : 'not run';
  }
  return undefined;
}
const value = (kind: Kind, n: number, f: (c: Cell) => string) => missing(kind, n) ?? f(at(kind, n)!);
const mountOf = (kind: Kind, n: number) => (missing(kind, n) ? NaN : median(at(kind, n)!.mount));
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const tableAt = (n: number) => {
  const row = (label: string, f: (c: Cell, kind: Kind) => string) => `| ${label} | ${kinds.map((k) => value(k, n, (c) => f(c, k))).join(' | ')} |`;
  return [
    `| N = ${thousands(n)} | ${kinds.map((k) => names[k]).join(' | ')} |`,
    `|---|${kinds.map(() => '---:').join('|')}|`,
    row('cold mount, ms', (c) => ms(median(c.mount))),
    row('cold mount ÷ floor', (_, k) => ratio(mountOf(k, n) / mountOf('floor', n))),
    row('keystroke work, ms', (c) => ms(median(c.keys))),
    row('rule-firing keystroke work, ms', (c) => ms(median(c.ruleKeys))),
    row('key → dependent field in next frame, ms', (c) => ms(median(c.toPaint))),
    row('JS gzip, KB', (c) => c.gzip.toFixed(1)),
    row('heap after mount, MB', (c) => median(c.heap).toFixed(1)),
    row('loads · keystrokes · rule keystrokes', (c) => `${c.mount.length} · ${c.keys.length} · ${c.ruleKeys.length}`),
  ].join('\n');
};
/** For a definition given at run time: shenbao's cold mount against the fastest peer's, per N. */
const runtimeTable = [
  `| N | shenbao, run-time definition, ms | fastest peer, ms | shenbao ÷ fastest peer | ahead of every peer |`,
  `|---|---:|---|---:|---|`,
  ...sizes.map((n) => {
    const own = mountOf('shenbao-runtime', n);
    const measured = peers.filter((p) => !missing(p, n)).sort((a, b) => mountOf(a, n) - mountOf(b, n));
    const best = measured[0];
    const unmeasured = peers.filter((p) => missing(p, n) && !at(p, n)?.timedOut && (timedOutAt.get(p) ?? Infinity) >= n);
    const ahead = !Number.isFinite(own) ? '–' : unmeasured.length ? `unknown (${unmeasured.map((p) => names[p]).join(', ')} not measured)` : best && own >= mountOf(best, n) ? 'no' : 'yes';
    return `| ${thousands(n)} | ${value('shenbao-runtime', n, (c) => ms(median(c.mount)))} | ${best ? `${ms(mountOf(best, n))} (${names[best]})` : '–'} | ${best ? ratio(own / mountOf(best, n)) : '–'} | ${ahead} |`;
  }),
].join('\n');
/** Per library, the cost at every N, and the last N's over the first's. */
const growth = (what: 'mount' | 'keys' | 'ruleKeys', title: string) => {
  const [first, last] = [sizes[0]!, sizes.at(-1)!];
  const grown = (k: Kind) => (missing(k, last) || missing(k, first) ? '–' : ratio(median(at(k, last)![what]) / median(at(k, first)![what])));
  return [
    `| ${title}, ms | ${sizes.map((n) => `N = ${thousands(n)}`).join(' | ')}${last > first ? ` | N = ${thousands(last)} ÷ N = ${thousands(first)}` : ''} |`,
    `|---|${sizes.map(() => '---:').join('|')}${last > first ? '|---:' : ''}|`,
    ...kinds.map((k) => `| ${names[k]} | ${sizes.map((n) => value(k, n, (c) => ms(median(c[what])))).join(' | ')}${last > first ? ` | ${grown(k)}` : ''} |`),
  ].join('\n');
};

// SVG: two log-log panels (cold mount, keystroke work) against N, one line per library, a legend.
const colors: Record<Kind, string> = { floor: '#757575', shenbao: '#1565c0', 'shenbao-runtime': '#00acc1', surveyjs: '#2e7d32', rjsf: '#c62828', jsonforms: '#6a1b9a', formjs: '#ef6c00' };
const dashes: Partial<Record<Kind, string>> = { 'shenbao-runtime': '6 3', floor: '2 3' };
function panel(x0: number, title: string, what: 'mount' | 'keys'): string {
  const w = 400;
  const h = 300;
  const left = 70;
  const values = kinds.flatMap((k) => sizes.map((n) => (missing(k, n) ? NaN : median(at(k, n)![what])))).filter((v) => v > 0 && Number.isFinite(v));
  if (!values.length) return '';
  // The value axis spans the data to the next 1-2-5 step either side, with a gridline at each step.
  const steps = (e: number) => [1, 2, 5].map((m) => m * 10 ** e);
  const all = Array.from({ length: 12 }, (_, i) => steps(i - 4)).flat();
  const ticks = all.slice(all.findLastIndex((v) => v <= Math.min(...values)), all.findIndex((v) => v >= Math.max(...values)) + 1);
  const [lo, hi] = [Math.log10(ticks[0]!), Math.log10(ticks.at(-1)!)];
  const [n0, n1] = [Math.log10(sizes[0]!), Math.log10(sizes.at(-1)!)];
  const xOf = (n: number) => x0 + left + ((Math.log10(n) - n0) / (n1 - n0 || 1)) * (w - left - 24);
  const yOf = (v: number) => 34 + (1 - (Math.log10(v) - lo) / (hi - lo || 1)) * (h - 70);
  const parts = [`<text x="${x0 + w / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${title}</text>`];
  const labelled = (v: number) => ticks.length <= 8 || String(Number(v.toPrecision(1))).replace(/^0\.0*/, '').startsWith('1');
  for (const v of ticks) parts.push(`<line x1="${x0 + left}" x2="${x0 + w - 20}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}" stroke="${labelled(v) ? '#ccc' : '#eee'}"/>${labelled(v) ? `<text x="${x0 + left - 4}" y="${(yOf(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${v >= 1000 ? `${v / 1000} s` : `${Number(v.toPrecision(1))} ms`}</text>` : ''}`);
  for (const n of sizes) parts.push(`<line x1="${xOf(n).toFixed(1)}" x2="${xOf(n).toFixed(1)}" y1="34" y2="${h - 36}" stroke="#eee"/><text x="${xOf(n).toFixed(1)}" y="${h - 22}" text-anchor="middle" font-size="10">${thousands(n)}</text>`);
  parts.push(`<text x="${x0 + left + (w - left - 24) / 2}" y="${h - 8}" text-anchor="middle" font-size="10">N (fields), log scale</text>`);
  for (const k of kinds) {
    const pts = sizes.filter((n) => !missing(k, n)).map((n) => [n, median(at(k, n)![what])] as const).filter(([, v]) => v > 0);
    if (!pts.length) continue;
    parts.push(`<polyline fill="none" stroke="${colors[k]}" stroke-width="2"${dashes[k] ? ` stroke-dasharray="${dashes[k]}"` : ''} points="${pts.map(([n, v]) => `${xOf(n).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ')}"/>`);
    for (const [n, v] of pts) parts.push(`<circle cx="${xOf(n).toFixed(1)}" cy="${yOf(v).toFixed(1)}" r="3" fill="${colors[k]}"><title>${names[k]}, N = ${thousands(n)}: ${ms(v)} ms</title></circle>`);
  }
  return parts.join('\n');
}
const legend = kinds
  .map((k, i) => {
    const x = 20 + (i % 4) * 200;
    const y = 318 + Math.floor(i / 4) * 18;
    return `<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${colors[k]}" stroke-width="2"${dashes[k] ? ` stroke-dasharray="${dashes[k]}"` : ''}/><circle cx="${x + 11}" cy="${y - 4}" r="3" fill="${colors[k]}"/><text x="${x + 28}" y="${y}" font-size="11">${names[k]}</text>`;
  })
  .join('\n');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="820" height="360" viewBox="0 0 820 360" font-family="sans-serif">
<rect width="820" height="360" fill="#fff"/>
${panel(0, 'cold mount (log scale)', 'mount')}
${panel(410, 'keystroke work (log scale)', 'keys')}
${legend}
<text x="810" y="354" text-anchor="end" font-size="9" fill="#777">a missing point: timed out, failed or not run (see the tables)</text>
</svg>
`;
writeFileSync(join(import.meta.dirname, 'chart.svg'), svg);

const failures = kinds.flatMap((k) => sizes.map((n) => (at(k, n)?.error ? `- ${names[k]} at N = ${thousands(n)}: ${at(k, n)!.error}` : ''))).filter(Boolean);
const analysisFile = join(import.meta.dirname, 'analysis.md');
const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
const partial = run.partial ? `\n\n**A partial or changed run** (\`${run.partial}\`): not the numbers to quote.` : '';
const results = `# Benchmark results

<!-- Generated by \`pnpm bench:peers\` (bench/peers/peers.bench.ts) down to "Reading these numbers"; that part and below is bench/peers/analysis.md. Edit those, not this file. -->

Written by \`pnpm bench:peers\` on ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC; the measuring took ${run.minutes.toFixed(run.minutes < 10 ? 1 : 0)} min.${partial}

- **Machine**: ${run.machine}; Chromium ${run.chromium} headless, viewport 375 × 812.
- **Load average** (1, 5, 15 min) at the start ${run.loadAtStart}, at the end ${run.loadAtEnd}. On a loaded machine every absolute time is inflated; compare within one table (ratios to the floor of the same run).
- **Versions**: ${kinds.map((k) => `${names[k]}: ${run.versions[k]}`).join('; ')}.
- **Method**: every library renders the same synthetic form (N required text fields, maxLength 50,
  sections of 10, every 10th field shown only while the one before it is filled) in its own
  format, with validation on every keystroke. ${loads} fresh page load${loads > 1 ? 's' : ''} per library and N (a new
  browser context, nothing cached), interleaved library by library with the order reversed every
  other round; per load ${keysPerLoad} plain and ${ruleKeysPerLoad} rule-firing keystrokes, each kind stopping after
  ${keyBudgetMs / 1000} s once two are measured (the last row of a table counts what was measured); medians.
  *Cold mount*: navigation start → every visible input drawn and the first validation shown
  (the definition's compilation included; "shenbao, precompiled" loads the validator generated for
  the form, "run-time definition" compiles the schema with ajv in the page, as every peer does).
  *Keystroke work*: setting an input's value and dispatching \`input\` → the page settled (shenbao:
  its rules applied on that keystroke; a peer: its model holds the value and the rule has followed)
  → a forced style + layout; main-thread time. *Key → next frame*: to the frame that shows the
  dependent field. *Heap*: after a forced GC. *JS gzip*: the scripts the page loaded, gzip -9.
  A mount not done within ${mountTimeoutMs / 1000} s is reported as timed out, and that library is not tried at a larger N.

## N = 1,000

${sizes.includes(1000) ? tableAt(1000) : '(not in this run)'}

## N = 100

${sizes.includes(100) ? tableAt(100) : '(not in this run)'}

## A definition given at run time, against the peers (cold mount)

Every peer is handed its definition at run time; the comparable shenbao column is the run-time definition.

${runtimeTable}

## How the cost grows with N

![cold mount and keystroke work against N, log scale](peers/chart.svg)

${growth('mount', 'cold mount')}

${growth('keys', 'keystroke work')}

${growth('ruleKeys', 'rule-firing keystroke work')}
${failures.length ? `\nFailures:\n\n${failures.join('\n')}\n` : ''}
${analysis}`;
writeFileSync(join(benchDir, 'RESULTS.md'), results);
for (const n of [1000, 100].filter((x) => sizes.includes(x))) console.log(`\n${tableAt(n)}`);
console.log(`\n${runtimeTable}`);
if (failures.length) console.log(`\n${failures.join('\n')}`);
console.log(`\nwrote ${reportOnly ? '' : 'bench/peers/results.json, '}bench/RESULTS.md and bench/peers/chart.svg; measuring took ${run.minutes.toFixed(1)} min; load at the end ${run.loadAtEnd}`);
