/**
 * Benchmarks of shenbao's `evaluate()` (run from the root: `pnpm bench:evaluate`).
 *
 * For five inputs — the valid TCM declaration (shicheng-pass), an invalid one (recommenders from
 * another district), an early draft (first step only), a health-qualification declaration
 * (technician-pass) and the synthetic 1,000-field form of the UI bench — two tasks are timed:
 *   shenbao: `evaluate()` (compiled pack), then every result field the UI reads: issues (their
 *            messages), visible, required, attachments, computed and the declaration as stored;
 *   bare:    the same resolved pack's rules straight through json-rules-engine (engines built
 *            once, the same operators and `count` fact, `forEach` rules once per item) plus the
 *            same compiled ajv validator.
 * The two alternate in blocks (order swapped every round) in one process; each prints the median
 * CPU time per call over the blocks and `ratio shenbao/bare = X.XX`; last the median of the five
 * ratios. Target ≤ 0.5. Then (unless --no-batch) the real CLI `shenbao validate --jsonl` on
 * 100,000 generated declarations (about 10 % invalid) as a child process, then the same pinned to one
 * core with `taskset -c 0` (target: wall and CPU time both ≤ 12 s there).
 *
 * This is a benchmark, not a test: it prints numbers and exits 0 unless something is broken.
 */
import { execSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonRulesEngine from 'json-rules-engine';
import type { Almanac, Engine as EngineType, RuleProperties } from 'json-rules-engine';
import { compileForm, type FormDefinition } from '@shenbao/core';
import { customOperators, evaluate, resolvePack, type PackRule, type ResolvedPack, type RulePack } from '@shenbao/rules';
import { builtinForm } from '@shenbao/forms';
import { syntheticForm } from './ui/synthetic.js';

const { Engine } = jsonRulesEngine as unknown as { Engine: typeof EngineType };
const root = join(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------
// The inputs, from the installed @shenbao/forms package and the UI bench's synthetic form.
// ---------------------------------------------------------------------------------------------
const formsDir = dirname(fileURLToPath(import.meta.resolve('@shenbao/forms/package.json')));
const readJson = (form: string, ...parts: string[]): unknown => JSON.parse(readFileSync(join(formsDir, form, ...parts), 'utf8'));
type Scenario = { data: Record<string, unknown>; context?: Record<string, unknown> };
const tcmDefinition = builtinForm('tcm-expertise').definition; // bundled with the shared pieces
const tcmPack = resolvePack([readJson('tcm-expertise', 'rules', '2024.json') as RulePack], 2024);
const scenario = readJson('tcm-expertise', 'scenarios', 'shicheng-pass.json') as Scenario;
const { data } = scenario;
const context = scenario.context ?? {};
const invalid = readJson('tcm-expertise', 'scenarios', 'recommender-region-mismatch.json') as Scenario;
const hqDefinition = builtinForm('health-qualification').definition;
const hqPack = resolvePack([readJson('health-qualification', 'rules', '2024.json') as RulePack], 2024);
const hq = readJson('health-qualification', 'scenarios', 'technician-pass.json') as Scenario;
const synthetic = syntheticForm(1000);
const synthPack = resolvePack([synthetic.pack], synthetic.pack.year);
const synthData = Object.fromEntries(Object.keys((synthetic.definition.schema as { properties: object }).properties).map((k, i) => [k, i % 7 === 3 ? '' : `值 ${i}`]));

interface Input {
  name: string;
  definition: FormDefinition;
  pack: ResolvedPack;
  data: unknown;
  context: unknown;
}
const inputs: Input[] = [
  { name: 'TCM valid (shicheng-pass)', definition: tcmDefinition, pack: tcmPack, data, context },
  { name: 'TCM invalid (recommender-region-mismatch)', definition: tcmDefinition, pack: tcmPack, data: invalid.data, context: invalid.context ?? {} },
  { name: 'TCM early draft (first step)', definition: tcmDefinition, pack: tcmPack, data: { applicant: { name: '张建国', gender: '1' }, region: '420106' }, context },
  { name: 'health-qualification (technician-pass)', definition: hqDefinition, pack: hqPack, data: hq.data, context: hq.context ?? {} },
  { name: 'synthetic 1,000 fields', definition: synthetic.definition, pack: synthPack, data: synthData, context: {} },
];

// ---------------------------------------------------------------------------------------------
// bare: json-rules-engine and ajv, wired by hand.
// ---------------------------------------------------------------------------------------------

/** JSON Pointer lookup over own properties, as the rules' `path`s need (json-rules-engine's default is JSONPath). */
function pointerResolver(value: unknown, path: string): unknown {
  if (path === '') return value;
  let node = value;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** One engine with the rules, the custom operators and the `count` fact. */
function bareEngine(rules: PackRule[]): EngineType {
  // A rule's event type is emitted as an EventEmitter event; `error` would throw, so use a neutral one.
  const engineRules = rules.map((r) => ({ name: r.id, conditions: r.conditions, event: { type: 'fired' } }) as unknown as RuleProperties);
  const engine = new Engine(engineRules, { allowUndefinedFacts: true, pathResolver: pointerResolver });
  for (const op of customOperators) engine.addOperator(op.name, (a: unknown, b: unknown) => op.evaluate(a, b));
  engine.addFact('count', async (params: Record<string, unknown>, almanac: Almanac) => {
    const list = pointerResolver(await almanac.factValue('data'), String(params.path));
    if (!Array.isArray(list)) return 0;
    const where = Object.entries((params.where ?? {}) as Record<string, unknown>);
    return list.filter((item) => where.every(([p, v]) => pointerResolver(item, p) === v)).length;
  });
  return engine;
}

/** The bare work for one input: the compiled ajv validator plus every rule through json-rules-engine. */
function bareTask(input: Input): () => Promise<{ valid: boolean; fired: string[] }> {
  const { pack } = input;
  const whole = bareEngine(pack.rules.filter((r) => r.forEach === undefined));
  const forEach = [...new Set(pack.rules.flatMap((r) => (r.forEach === undefined ? [] : [r.forEach])))].map((path) => ({
    path,
    engine: bareEngine(pack.rules.filter((r) => r.forEach === path)),
  }));
  const params = Object.fromEntries(Object.entries(pack.params).map(([k, p]) => [k, p.value]));
  const validator = compileForm(input.definition).validator; // ajv, compiled once
  return async () => {
    const valid = validator(input.data);
    const facts = { data: input.data, context: input.context, params };
    const fired = (await whole.run(facts)).results.map((r) => r.name as string);
    for (const { path, engine } of forEach) {
      const items = pointerResolver(input.data, path);
      if (!Array.isArray(items)) continue;
      for (let index = 0; index < items.length; index++) {
        const result = await engine.run({ ...facts, item: items[index] ?? null, index });
        fired.push(...result.results.map((r) => `${r.name as string}[${index}]`));
      }
    }
    return { valid, fired };
  };
}

/** shenbao for one input: evaluate(), then every field of the result the UI reads. */
function shenbaoTask(input: Input): () => Promise<number> {
  return async () => {
    const e = await evaluate(input.definition, input.pack, input.data, input.context);
    let n = e.issues.length;
    for (const issue of e.issues) n += issue.message.length;
    n += Object.keys(e.visible).length + Object.keys(e.required).length + Object.keys(e.attachments).length + Object.keys(e.computed).length;
    n += e.declaration === undefined ? 0 : 1;
    return n;
  };
}

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------
const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

// ---------------------------------------------------------------------------------------------
// Alternating blocks per input.
// ---------------------------------------------------------------------------------------------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
let sink = 0;
/**
 * Times `block` calls of `task`: µs of this process's CPU time (user + system) per call, and wall µs.
 * On a shared machine (load far above the core count) wall time mostly measures waiting for a core,
 * so the ratio is taken on CPU time; the wall medians are printed beside it.
 */
async function timeBlock(task: () => Promise<unknown>, block: number): Promise<{ cpu: number; wall: number }> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < block; i++) {
    const r = await task();
    sink += typeof r === 'number' ? r : 1;
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / block, wall: ((performance.now() - wall0) * 1000) / block };
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const ratios: number[] = [];
for (const input of process.argv.includes('--batch-only') ? [] : inputs) {
  const shenbao = shenbaoTask(input);
  const bare = bareTask(input);
  // Both sides must agree on the verdict before timing means anything.
  const verdict = await evaluate(input.definition, input.pack, input.data, input.context);
  const bareVerdict = await bare();
  // Size a block to about 100 ms of bare work, after a warm-up of both.
  const probe = (await timeBlock(bare, 20)).cpu;
  await timeBlock(shenbao, 20);
  const block = Math.max(5, Math.round(100_000 / probe));
  for (let w = 0; w < 2; w++) {
    await timeBlock(shenbao, block);
    await timeBlock(bare, block);
  }
  const a: { cpu: number; wall: number }[] = [];
  const b: { cpu: number; wall: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(await timeBlock(shenbao, block));
      b.push(await timeBlock(bare, block));
    } else {
      b.push(await timeBlock(bare, block));
      a.push(await timeBlock(shenbao, block));
    }
  }
  const cpuA = median(a.map((x) => x.cpu));
  const cpuB = median(b.map((x) => x.cpu));
  const ratio = cpuA / cpuB;
  ratios.push(ratio);
  console.log(`\n${input.name}: ${verdict.issues.length} issues (complete ${verdict.complete}; ajv valid ${bareVerdict.valid}, ${bareVerdict.fired.length} rules fire); ${rounds} rounds of ${block} calls each`);
  console.log(`  shenbao evaluate() + reading every result field: median ${cpuA.toFixed(1)} µs CPU/call (wall ${median(a.map((x) => x.wall)).toFixed(1)} µs)`);
  console.log(`  bare json-rules-engine + ajv:                     median ${cpuB.toFixed(1)} µs CPU/call (wall ${median(b.map((x) => x.wall)).toFixed(1)} µs)`);
  console.log(`ratio shenbao/bare = ${ratio.toFixed(2)}`);
}
if (ratios.length) {
  console.log(`\nratio shenbao/bare (median of inputs) = ${median(ratios).toFixed(2)}`);
  console.log('target: ≤ 0.50');
}
if (sink === -1) console.log(sink);

if (process.argv.includes('--no-batch')) process.exit(0); // the ratios only

// ---------------------------------------------------------------------------------------------
// Batch throughput of the real CLI: `shenbao validate --jsonl` on 100,000 declarations, one core.
// ---------------------------------------------------------------------------------------------

/** The CLI runs the built dist/; build it when it is missing or older than the sources (tests aside). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
const builtAt = (pkg: string) => {
  const info = join(root, 'packages', pkg, 'dist', 'tsconfig.tsbuildinfo');
  return existsSync(info) ? statSync(info).mtimeMs : 0;
};
const stale = ['core', 'rules', 'forms'].some((pkg) => !existsSync(join(root, 'packages', pkg, 'dist')) || newestMtime(join(root, 'packages', pkg, 'src')) > builtAt(pkg));
if (stale) {
  console.log('\n(building packages/*/dist for the CLI: pnpm run build)');
  execSync('pnpm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const total = 100_000;
const surnames = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const givenNames = ['建国', '秀兰', '志强', '丽华', '明', '芳', '伟', '静', '国华', '晓燕', '海峰', '春梅'];
type Teacher = { role: string; attachments: Record<string, unknown> } & Record<string, unknown>;
const baseTeachers = data.teachers as Teacher[];
const applicant = data.applicant as Record<string, unknown>;

/** The ways a generated declaration is wrong (every 10th one): shape, policy and attachment problems. */
const breakages: ((d: Record<string, unknown>) => Record<string, unknown>)[] = [
  (d) => ({ ...d, applicant: { ...(d.applicant as object), mobile: '1380013800' } }), // 10-digit mobile
  (d) => ({ ...d, teachers: [...baseTeachers, { ...baseTeachers[0]!, name: '赵志强' }] }), // two guidance teachers
  (d) => ({ ...d, teachers: baseTeachers.slice(0, 2) }), // one recommender
  (d) => ({ ...d, region: '420102' }), // recommenders practise elsewhere
  (d) => ({ ...d, applicant: { ...(d.applicant as object), birthDate: '2099-01-01' } }), // born in the future
  (d) => {
    const { teacherPracticeCert: _missing, ...attachments } = baseTeachers[1]!.attachments;
    return { ...d, teachers: [baseTeachers[0], { ...baseTeachers[1], attachments }, baseTeachers[2]] };
  },
];

const tmp = mkdtempSync(join(os.tmpdir(), 'shenbao-bench-'));
const file = join(tmp, 'declarations.jsonl');
let expectedInvalid = 0;
const fd = openSync(file, 'w');
let chunk: string[] = [];
for (let i = 0; i < total; i++) {
  const name = surnames[i % surnames.length]! + givenNames[Math.floor(i / surnames.length) % givenNames.length]!;
  let declaration: Record<string, unknown> = { ...data, applicant: { ...applicant, name } };
  if (i % 10 === 9) {
    declaration = breakages[Math.floor(i / 10) % breakages.length]!(declaration);
    expectedInvalid++;
  }
  chunk.push(JSON.stringify(declaration));
  if (chunk.length === 1_000) {
    writeSync(fd, chunk.join('\n') + '\n');
    chunk = [];
  }
}
if (chunk.length) writeSync(fd, chunk.join('\n') + '\n');
closeSync(fd);
const fileMb = statSync(file).size / 2 ** 20;

const cli = ['packages/cli/bin/shenbao.js', 'validate', '--form', 'tcm-expertise', '--year', '2024', '--jsonl', file];
console.log(`\nbatch: node ${cli.join(' ').replace(file, 'FILE')}`);
console.log(`  ${total.toLocaleString('en')} declarations, ${expectedInvalid.toLocaleString('en')} invalid, ${fileMb.toFixed(0)} MB; stdout to /dev/null`);
/** Whether `taskset` (util-linux) is on the PATH: the pinned run needs it. */
const hasTaskset = (() => {
  try {
    execSync('command -v taskset', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * One run of the CLI over the file, stdout to /dev/null; `pinned`: on one core (`taskset -c 0`).
 * With /usr/bin/time the child's own CPU seconds (user + sys, V8's GC threads included) come too:
 * on a shared machine wall time is mostly waiting.
 */
async function runBatch(pinned: boolean): Promise<{ code: number | null; stderr: string; seconds: number; summary: string; cpu?: { user: string; sys: string } }> {
  const devNull = openSync('/dev/null', 'w');
  const command = [...(pinned ? ['taskset', '-c', '0'] : []), process.execPath, ...cli];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = timed
      ? spawn('/usr/bin/time', ['-f', 'child-cpu %U %S', ...command], { cwd: root, stdio: ['ignore', devNull, 'pipe'] })
      : spawn(command[0]!, command.slice(1), { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err }));
  }).finally(() => closeSync(devNull));
  const seconds = (performance.now() - started) / 1000;
  const errLines = stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited with non-zero status'));
  const cpuLine = /^child-cpu ([\d.]+) ([\d.]+)$/.exec(errLines.at(-1) ?? '');
  if (cpuLine) errLines.pop();
  const summary = errLines.pop() ?? '';
  const counted = /有效 (\d+)，无效 (\d+)，格式错误 (\d+)/.exec(summary);
  if (code !== 1 || !counted || Number(counted[2]) !== expectedInvalid || Number(counted[1]) !== total - expectedInvalid) {
    console.error(`  unexpected CLI result (exit ${code}, expected 1 with ${expectedInvalid} invalid):\n${stderr}`);
    process.exit(1);
  }
  return { code, stderr, seconds, summary, ...(cpuLine ? { cpu: { user: cpuLine[1]!, sys: cpuLine[2]! } } : {}) };
}

const loadNow = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const free = await runBatch(false);
const seconds = free.seconds;
console.log(`  CLI: ${free.summary}`);
console.log(`  wall time ${seconds.toFixed(1)} s (process start, form loading and all I/O included; target ≤ 12 s)`);
console.log(`  ${Math.round(total / seconds).toLocaleString('en')} declarations/s (${((seconds / total) * 1e6).toFixed(0)} µs per declaration)`);
if (free.cpu) {
  const cpu = Number(free.cpu.user) + Number(free.cpu.sys);
  console.log(`  CPU time of the CLI process ${cpu.toFixed(1)} s (user ${free.cpu.user} + sys ${free.cpu.sys}; one process, one core; target ≤ 12 s)`);
}
// The target as meant: the process confined to one core, wall and CPU (user + sys, GC threads included) both ≤ 12 s.
if (hasTaskset) {
  const pinned = await runBatch(true);
  const cpu = pinned.cpu ? `CPU ${(Number(pinned.cpu.user) + Number(pinned.cpu.sys)).toFixed(1)} s (user ${pinned.cpu.user} + sys ${pinned.cpu.sys})` : 'CPU not measured (no /usr/bin/time)';
  console.log(`batch ${total.toLocaleString('en')} on one core (taskset -c 0): wall ${pinned.seconds.toFixed(1)} s, ${cpu}; load ${loadNow()}; target ≤ 12 s`);
} else {
  console.log(`batch ${total.toLocaleString('en')} on one core: not measured — taskset (util-linux) is not installed; the CPU time above is the one-core figure`);
}

// ---------------------------------------------------------------------------------------------
// `validate --jsonl --workers N`: the same file on 1, 2 … worker threads (output in input order).
// ---------------------------------------------------------------------------------------------
for (let workers = 1; workers <= cpus.length; workers++) {
  const out = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [...cli, '--workers', String(workers)], { cwd: root, stdio: ['ignore', out, 'pipe'] });
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err }));
  }).finally(() => closeSync(out));
  const wall = (performance.now() - t0) / 1000;
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const count = /有效 (\d+)，无效 (\d+)/.exec(last);
  if (run.code !== 1 || !count || Number(count[2]) !== expectedInvalid) {
    console.error(`  unexpected CLI result with --workers ${workers} (exit ${run.code}):\n${run.stderr}`);
    process.exit(1);
  }
  console.log(`validate --jsonl --workers ${workers}: ${Math.round(total / wall).toLocaleString('en')} declarations/s (wall ${wall.toFixed(1)} s, process start included; CLI: ${last})`);
}
rmSync(tmp, { recursive: true, force: true });
