/**
 * UI benchmark (run from the root: `pnpm bench:ui`): `<shenbao-form>` against the floor, a bare Lit
 * page with the same N labelled inputs, on the synthetic form of `synthetic.ts` (N text fields in
 * sections of 10 on one step, all required, maxLength 50, every 10th shown by a rule), N = 100 and
 * 1,000, in headless Debian Chromium.
 *
 *   (a) mount: from creating the element until all N inputs are in the DOM, plus two frames;
 *   (b) a keystroke's main-thread work: set an input's value and dispatch `input`, await the
 *       element's own update (shenbao: the field's and the form's), force style and layout;
 *   (c) for information (no floor counterpart): what runs once after a typing pause, one
 *       evaluation of the whole form and showing it.
 *
 * The page is built once with Vite into a temporary folder and served from 127.0.0.1 (a free port)
 * with COOP/COEP headers, so `performance.now()` has its fine resolution. All timing happens inside
 * the page (page-side tasks collect the deltas); results are medians. This is a benchmark, not a
 * test: it prints numbers and exits 0 unless something is broken.
 *
 * Flags: `--quick` (fewer repetitions); `--diagnose` (no measurements: an unminified build, then
 * at N = 1,000 the main thread's CPU time per mount by kind of work from a Chromium trace, trace
 * medians per keystroke, and CPU profiles of keystrokes and mounts with the functions of most self
 * time; the .cpuprofile files are kept in the temp folder for DevTools); variants to see what one
 * optimisation is worth: `--css=RULE` (a rule added to the form's shadow root) and `--read-value`
 * (a listener reads `detail.value` of every `input`). See README.md.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from 'playwright';
import { build, defaultClientConditions } from 'vite';
import { checkSynthetic } from './synthetic.js';

const quick = process.argv.includes('--quick');
const diagnose = process.argv.includes('--diagnose');
const sizes: readonly number[] = diagnose ? [] : [100, 1000];

// ---------------------------------------------------------------------------------------------
// Machine, and the synthetic forms checked by core and rules before anything is measured.
// ---------------------------------------------------------------------------------------------
const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}; load ${os.loadavg()[0]!.toFixed(2)}`);
for (const n of sizes) {
  const problems = checkSynthetic(n);
  if (problems.length) {
    console.error(`synthetic form with ${n} fields is not valid:\n${problems.join('\n')}`);
    process.exit(1);
  }
}
if (diagnose) checkSynthetic(1000);
else console.log(`synthetic forms: N = ${sizes.join(', ')} fields, sections of 10 on one step, ${sizes.map((n) => n / 10).join(' / ')} show rules; checkDefinition and lintPack: no problems`);

// ---------------------------------------------------------------------------------------------
// Build the page once (Vite, production mode) into a temporary folder.
// ---------------------------------------------------------------------------------------------
const outDir = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-ui-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root: join(import.meta.dirname, 'page'),
  mode: 'production',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: !diagnose, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 5000 },
});

// ---------------------------------------------------------------------------------------------
// Serve it on 127.0.0.1 (free port), cross-origin isolated.
// ---------------------------------------------------------------------------------------------
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const server: Server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = normalize(join(outDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  });
  res.end(readFileSync(path));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

// ---------------------------------------------------------------------------------------------
// Debian Chromium, headless.
// ---------------------------------------------------------------------------------------------
const browserHome = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-chromium-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-gpu',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--js-flags=--expose-gc',
  ],
  env: { ...process.env, XDG_CONFIG_HOME: browserHome, XDG_CACHE_HOME: browserHome },
});

type Api = Window['bench'];
/** Starts a page function from a page task (a timer), so the measurement never runs inside the CDP call. */
async function run<K extends keyof Api>(page: Page, name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    ([fn, list]) =>
      new Promise<unknown>((resolve, reject) =>
        setTimeout(() => {
          const f = window.bench[fn as keyof Api] as (...a: unknown[]) => Promise<unknown> | unknown;
          Promise.resolve(f(...(list as unknown[]))).then(resolve, reject);
        }, 0),
      ),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

interface Row {
  n: number;
  what: string;
  shenbao: number[];
  floor: number[];
}
const rows: Row[] = [];
const notes: string[] = [];

try {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  // Variants, to see what one optimisation is worth: `--css=RULE` adds a rule to the form's shadow root
  // (e.g. `--css=.section.deferred{content-visibility:visible}`); `--read-value` reads `detail.value` on every `input`.
  const cssArg = process.argv.find((a) => a.startsWith('--css='))?.slice(6);
  const query = new URLSearchParams();
  if (cssArg) query.set('css', cssArg);
  if (process.argv.includes('--read-value')) query.set('read-value', '');
  await page.goto(`http://127.0.0.1:${port}/${query.size ? `?${query}` : ''}`);
  if (cssArg) console.log(`variant: an added rule in the form's shadow root: ${cssArg}`);
  if (query.has('read-value')) console.log('variant: a listener reads detail.value on every input event');
  await page.waitForSelector('html[data-ready="true"]');
  const info = await run(page, 'info');
  console.log(`browser: ${info.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? info.userAgent} headless, ${info.hardwareConcurrency} threads; crossOriginIsolated ${info.crossOriginIsolated}; viewport 375 × 812`);
  if (!info.crossOriginIsolated) notes.push('the page is not cross-origin isolated: performance.now() is coarse (100 µs)');
  console.log('');

  for (const n of sizes) {
    const mountReps = quick ? 6 : n === 1000 ? 20 : 40;
    const keyReps = quick ? 60 : 200;
    const evalReps = quick ? 6 : 20;
    process.stdout.write(`N = ${n}: mount ×${mountReps} … `);
    const mount = await run(page, 'mount', n, mountReps);
    rows.push({ n, what: 'mount', shenbao: mount.shenbao, floor: mount.floor });
    rows.push({ n, what: '  of which to DOM (info)', shenbao: mount.script.shenbao, floor: mount.script.floor });
    notes.push(
      `N = ${n}: first (cold) mount shenbao ${fmt(mount.cold.shenbao)} (includes compiling the schema with ajv), floor ${fmt(mount.cold.floor)}; ` +
        `the first evaluation was shown within the measured mount in ${mount.evaluated} of ${mountReps} mounts`,
    );
    process.stdout.write(`keystrokes ×${2 * keyReps} each … `);
    const keys = { shenbao: [] as number[], floor: [] as number[] };
    const keyParts = { shenbao: { dispatch: [] as number[], update: [] as number[], layout: [] as number[] }, floor: { dispatch: [] as number[], update: [] as number[], layout: [] as number[] } };
    let evaluationsWhileTyping = 0;
    for (let round = 0; round < 2; round++) {
      for (const kind of ['floor', 'shenbao'] as const) {
        const result = await run(page, 'keystroke', kind, n, keyReps, round);
        keys[kind].push(...result.samples);
        for (const part of ['dispatch', 'update', 'layout'] as const) keyParts[kind][part].push(...result.parts[part]);
        if (kind === 'shenbao') evaluationsWhileTyping += result.evaluations;
      }
    }
    rows.push({ n, what: 'keystroke', ...keys });
    rows.push({ n, what: '  input handlers (info)', shenbao: keyParts.shenbao.dispatch, floor: keyParts.floor.dispatch });
    rows.push({ n, what: '  element updates (info)', shenbao: keyParts.shenbao.update, floor: keyParts.floor.update });
    rows.push({ n, what: '  style + layout (info)', shenbao: keyParts.shenbao.layout, floor: keyParts.floor.layout });
    process.stdout.write(`evaluation after a pause ×${evalReps} …\n`);
    const evaluation = await run(page, 'evaluation', n, evalReps);
    rows.push({ n, what: 'after a pause (info)', shenbao: evaluation.samples, floor: [] });
    notes.push(`N = ${n}: evaluations while typing ${2 * keyReps} keystrokes: ${evaluationsWhileTyping} (one follows each pause); extra evaluations in (c): ${evaluation.keystrokeEvaluations}`);
  }

  if (diagnose) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const profileOf = async (label: string, work: () => Promise<unknown>) => {
      await cdp.send('Profiler.start');
      await work();
      const { profile: cpu } = await cdp.send('Profiler.stop');
      const file = join(os.tmpdir(), `shenbao-${label.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(cpu));
      const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
      const dt = new Map<number, number>();
      cpu.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (cpu.timeDeltas?.[i] ?? 0)));
      const self = new Map<string, number>();
      for (const [id, us] of dt) {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + us);
      }
      const busy = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
      const total = busy.reduce((a, [, us]) => a + us, 0);
      console.log(`\nCPU profile, ${label} (${file}); self time, top 25 of ${(total / 1000).toFixed(0)} ms busy:`);
      for (const [key, us] of busy.sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
    };
    const traceOf = async (label: string, reps: number, work: () => Promise<unknown>) => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await work();
      type TraceEvent = { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string } };
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const cpuTime = new Map<string, number>();
      for (const e of trace.traceEvents) {
        if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
        cpuTime.set(e.name, (cpuTime.get(e.name) ?? 0) + (e.tdur ?? 0));
      }
      const per = (name: string) => ((cpuTime.get(name) ?? 0) / 1000 / reps).toFixed(1);
      console.log(
        `trace, ${label}: main-thread CPU per mount (ms, with removal and GC): all tasks ${per('RunTask')}; ` +
          `style ${per('UpdateLayoutTree')}, layout ${per('Layout')}, pre-paint ${per('PrePaint')}, paint ${per('Paint')}, major GC ${per('MajorGC')}, minor GC ${per('MinorGC')}`,
      );
    };
    await run(page, 'mount', 1000, 1, ['shenbao', 'floor']); // warm: schema compiled, code optimised
    for (let i = 0; i < 2; i++) {
      await traceOf('shenbao, N = 1,000', 5, () => run(page, 'mount', 1000, 5, ['shenbao']));
      await traceOf('floor,   N = 1,000', 5, () => run(page, 'mount', 1000, 5, ['floor']));
    }
    const keystrokeTrace = async (kind: 'shenbao' | 'floor') => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await run(page, 'keystroke', kind, 1000, 100, 7);
      type TraceEvent = { name: string; ph: string; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string } };
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const byName = new Map<string, number[]>();
      for (const e of trace.traceEvents) {
        if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
        if (!byName.has(e.name)) byName.set(e.name, []);
        byName.get(e.name)!.push(e.dur);
      }
      const med = (name: string) => {
        const xs = (byName.get(name) ?? []).sort((a, b) => a - b);
        return `${name} ×${xs.length} median ${xs.length ? xs[xs.length >> 1] : 0} µs`;
      };
      console.log(`trace, 100 ${kind} keystrokes at N = 1,000 (focus and frames included): ${['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'EventDispatch', 'FunctionCall'].map(med).join('; ')}`);
    };
    await keystrokeTrace('shenbao');
    await keystrokeTrace('floor');
    await profileOf('300 shenbao keystrokes at N = 1,000 (with one mount)', () => run(page, 'keystroke', 'shenbao', 1000, 300, 9));
    await profileOf('300 floor keystrokes at N = 1,000 (with one mount)', () => run(page, 'keystroke', 'floor', 1000, 300, 9));
    await profileOf('10 shenbao mounts at N = 1,000', () => run(page, 'mount', 1000, 10, ['shenbao']));
    await profileOf('10 floor mounts at N = 1,000', () => run(page, 'mount', 1000, 10, ['floor']));
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(browserHome, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report: medians and ratios, then the targets.
// ---------------------------------------------------------------------------------------------
if (!rows.length) process.exit(0); // --diagnose
const header = ['N', 'measure', 'shenbao median', 'p75', 'floor median', 'p75', 'samples', 'ratio'];
const table = rows.map((r) => [
  r.n.toLocaleString('en'),
  r.what,
  fmt(median(r.shenbao)),
  fmt(quantile(r.shenbao, 0.75)),
  r.floor.length ? fmt(median(r.floor)) : '–',
  r.floor.length ? fmt(quantile(r.floor, 0.75)) : '–',
  r.floor.length ? `${r.shenbao.length}+${r.floor.length}` : String(r.shenbao.length),
  r.floor.length ? `${(median(r.shenbao) / median(r.floor)).toFixed(2)}×` : '–',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));
console.log('');
for (const note of notes) console.log(note);

const ratio = (what: string) => {
  const r = rows.find((x) => x.n === 1000 && x.what === what)!;
  return median(r.shenbao) / median(r.floor);
};
const keyRatio = ratio('keystroke');
const mountRatio = ratio('mount');
console.log('');
console.log(`ratio shenbao/floor at N = 1,000: keystroke ${keyRatio.toFixed(2)}×, mount ${mountRatio.toFixed(2)}×`);
console.log(`target: keystroke ≤ 1.6× floor ${keyRatio <= 1.6 ? '(met)' : '(NOT met)'}; mount ≤ 1.5× floor ${mountRatio <= 1.5 ? '(met)' : '(NOT met)'} — at N = 1,000`);
console.log('for scale (from the issue, not measured here): per keystroke RJSF needs ≈16× the floor, SurveyJS ≈20×, JSON Forms ≈300×');
