/**
 * Benchmarks of shenbao's `evaluate()` (run from the root: `pnpm bench:evaluate`).
 *
 *   (a) shenbao `evaluate()` of a full TCM declaration (the shicheng-pass scenario: 3 teachers,
 *       22 attachment refs) with its context;
 *   (b) the bare dependencies doing the same checks: the same resolved pack's rules straight
 *       through json-rules-engine (engines built once, the same custom operators and `count` fact,
 *       whole-form rules once and `forEach` rules once per teacher) plus the compiled ajv validator
 *       of the same definition. The ratio (a)/(b) is shenbao's overhead; the target is ≤ 1.25;
 *   (c) batch throughput of the real CLI, `shenbao validate --jsonl`, on 100,000 generated
 *       declarations (about 10 % of them invalid), as a child process.
 *
 * Latencies are tinybench medians (p50) after warm-up, in µs. This is a benchmark, not a test:
 * it prints numbers and exits 0 unless something is broken.
 */
import { execSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonRulesEngine from 'json-rules-engine';
import type { Almanac, Engine as EngineType, RuleProperties } from 'json-rules-engine';
import { Bench, type Task } from 'tinybench';
import { compileForm, type FormDefinition } from '@shenbao/core';
import { customOperators, evaluate, resolvePack, type PackRule, type RulePack } from '@shenbao/rules';

const { Engine } = jsonRulesEngine as unknown as { Engine: typeof EngineType };
const root = join(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------
// The form, the pack and the declaration, from the installed @shenbao/forms package.
// ---------------------------------------------------------------------------------------------
const formsDir = dirname(fileURLToPath(import.meta.resolve('@shenbao/forms/package.json')));
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(formsDir, 'tcm-expertise', ...parts), 'utf8'));
const definition = readJson('definition.json') as FormDefinition;
const pack = resolvePack([readJson('rules', '2024.json') as RulePack], 2024);
const scenario = readJson('scenarios', 'shicheng-pass.json') as { data: Record<string, unknown>; context: Record<string, unknown> };
const { data, context } = scenario;

// ---------------------------------------------------------------------------------------------
// (b) The bare dependencies: json-rules-engine and ajv, wired by hand.
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

const wholeEngine = bareEngine(pack.rules.filter((r) => r.forEach === undefined));
const forEachEngines = [...new Set(pack.rules.flatMap((r) => (r.forEach === undefined ? [] : [r.forEach])))].map((path) => ({
  path,
  engine: bareEngine(pack.rules.filter((r) => r.forEach === path)),
}));
const paramValues = Object.fromEntries(Object.entries(pack.params).map(([k, p]) => [k, p.value]));
const validator = compileForm(definition).validator; // ajv, compiled once

/** The bare work: schema validation plus every rule, without anything shenbao adds. */
async function bare(input: unknown, ctx: unknown): Promise<{ valid: boolean; fired: string[] }> {
  const valid = validator(input);
  const facts = { data: input, context: ctx, params: paramValues };
  const fired = (await wholeEngine.run(facts)).results.map((r) => r.name as string);
  for (const { path, engine } of forEachEngines) {
    const items = pointerResolver(input, path);
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const result = await engine.run({ ...facts, item: items[index] ?? null, index });
      fired.push(...result.results.map((r) => `${r.name as string}[${index}]`));
    }
  }
  return { valid, fired };
}

// Both sides must agree on the verdict before timing means anything.
const shenbaoResult = await evaluate(definition, pack, data, context);
const bareResult = await bare(data, context);
if (!shenbaoResult.complete || !bareResult.valid) {
  console.error('The shicheng-pass declaration should pass both ways:', shenbaoResult.issues, validator.errors);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------
const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}`);
console.log(`declaration: shicheng-pass (${Buffer.byteLength(JSON.stringify(data))} bytes, 3 teachers); pack ${pack.form} ${pack.year}: ${pack.rules.length} rules (${bareResult.fired.length} fire)\n`);

// ---------------------------------------------------------------------------------------------
// (a) and (b): tinybench, warm-up on, medians.
// ---------------------------------------------------------------------------------------------
const bench = new Bench({ time: 4_000, iterations: 2_000, warmup: true, warmupTime: 1_500, warmupIterations: 500, throws: true });
bench
  .add('shenbao evaluate()', async () => {
    await evaluate(definition, pack, data, context);
  })
  .add('bare: json-rules-engine + ajv', async () => {
    await bare(data, context);
  });
await bench.run();

const stats = (task: Task) => {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}${r.state === 'errored' ? ` (${r.error.message})` : ''}`);
  return r.latency;
};
const µs = (ms: number) => (ms * 1000).toFixed(1);
const rows = bench.tasks.map((t) => {
  const l = stats(t);
  return [t.name, µs(l.p50), µs(l.mean), µs(l.p75), µs(l.p99), String(l.samplesCount)];
});
const header = ['task', 'median µs', 'mean µs', 'p75 µs', 'p99 µs', 'samples'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const [shenbaoTask, bareTask] = bench.tasks as [Task, Task];
const ratio = stats(shenbaoTask).p50 / stats(bareTask).p50;
console.log(`\nratio shenbao/bare = ${ratio.toFixed(2)}`);
console.log('target: ≤ 1.25');
if (ratio > 1.25) console.log('(above target: where the time goes is in bench/README.md, "Where the overhead comes from")');

if (process.argv.includes('--no-batch')) process.exit(0); // (a) and (b) only

// ---------------------------------------------------------------------------------------------
// (c) Batch throughput of the real CLI: `shenbao validate --jsonl` on 100,000 declarations.
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

const cli = ['packages/rules/bin/shenbao.js', 'validate', '--form', 'tcm-expertise', '--year', '2024', '--jsonl', file];
console.log(`\nbatch: node ${cli.join(' ').replace(file, 'FILE')}`);
console.log(`  ${total.toLocaleString('en')} declarations, ${expectedInvalid.toLocaleString('en')} invalid, ${fileMb.toFixed(0)} MB; stdout to /dev/null`);
const devNull = openSync('/dev/null', 'w');
const started = performance.now();
const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
  const child = spawn(process.execPath, cli, { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (err += s));
  child.on('error', reject);
  child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err }));
}).finally(() => {
  closeSync(devNull);
  rmSync(tmp, { recursive: true, force: true });
});
const seconds = (performance.now() - started) / 1000;

const summary = stderr.trim().split('\n').pop() ?? '';
const counted = /有效 (\d+)，无效 (\d+)，格式错误 (\d+)/.exec(summary);
if (code !== 1 || !counted || Number(counted[2]) !== expectedInvalid || Number(counted[1]) !== total - expectedInvalid) {
  console.error(`  unexpected CLI result (exit ${code}, expected 1 with ${expectedInvalid} invalid):\n${stderr}`);
  process.exit(1);
}
console.log(`  CLI: ${summary}`);
console.log(`  wall time ${seconds.toFixed(1)} s (process start, form loading and all I/O included)`);
console.log(`  ${Math.round(total / seconds).toLocaleString('en')} declarations/s (${((seconds / total) * 1e6).toFixed(0)} µs per declaration)`);
