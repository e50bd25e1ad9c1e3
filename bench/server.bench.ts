/**
 * `pnpm bench:server`: the reference server under load. The server runs as its own process
 * (examples/server/src/main.ts on a fresh SQLite file); autocannon drives it from this process at
 * 32 connections (a first, cold pass against the fresh server, then the steady state) and 64 for four kinds of request: refused submits (incomplete data: the full
 * evaluate, then 422), successful submits (each request a different draft record), draft saves and
 * uploads. Printed per run: requests/s, p50 and p99 latency, non-2xx answers that were not meant,
 * the server's RSS before and after and requests per server CPU-second (the per-core rate on a
 * shared machine); then a check in the database that nothing was lost or
 * stored twice (every 2xx submit is one submitted record with one submit entry, every 201 upload
 * one stored file, every 200 draft save one version).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { tokenSigner } from '../examples/server/src/auth.js';
import { openDatabase } from '../examples/server/src/database.js';
import { jpeg } from '../examples/server/src/test-support/tiny-files.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const secret = 'bench-secret-0123456789abcdef-0123456789';
const sign = tokenSigner(secret);
const dir = mkdtempSync(join(tmpdir(), 'shenbao-bench-'));
const dbFile = join(dir, 'bench.sqlite');
const root = join(import.meta.dirname, '..');
const passing = JSON.parse(readFileSync(join(root, 'packages/forms/work-unit/scenarios/bind-pass.json'), 'utf8')) as { data: unknown; year: number };

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address() as { port: number };
    probe.close(() => resolve(p));
  });
});
// BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const server = spawn(process.execPath, [...profile, '--conditions=source', '--import', 'tsx', join(root, 'examples/server/src/main.ts')], {
  env: { ...process.env, PORT: String(port), SHENBAO_DB: dbFile, SHENBAO_AUTH_SECRET: secret, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// The server never outlives the bench, whatever fails below.
process.once('exit', () => server.kill('SIGKILL'));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/forms`)).ok) break;
  } catch {
    if (i > 600) throw new Error('server did not start');
  }
  await new Promise((r) => setTimeout(r, 100));
}

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
/** CPU seconds the server process has used (user + system; clock ticks of 1/100 s). */
const cpuSeconds = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const auth = (id: string) => ({ authorization: `Bearer ${sign({ id, role: 'candidate', unit: '压测医院' })}`, 'content-type': 'application/json' });

/** Creates `n` draft records of `form`, each for a fresh candidate (one record per candidate, form and year: COMMON-11); answers [id, headers]. */
async function records(n: number, form: string, year: number, tag: string): Promise<[string, Record<string, string>][]> {
  const out: [string, Record<string, string>][] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, async (_, j) => {
        const headers = auth(`bench-${tag}-${i + j}`);
        const response = await fetch(`${base}/records`, { method: 'POST', headers, body: JSON.stringify({ form, year }) });
        if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`);
        return [((await response.json()) as { id: string }).id, headers] as [string, Record<string, string>];
      }),
    );
    out.push(...batch);
  }
  return out;
}

interface Run {
  name: string;
  connections: number;
  /** Each connection's requests: method, path, headers, body. */
  request: (connection: number, n: number) => { method: string; path: string; headers: Record<string, string>; body: string | Buffer };
  expect: number;
  amount?: number;
}

const lines: string[] = [];
async function run({ name, connections, request, expect, amount }: Run): Promise<{ ok: number }> {
  const before = rss();
  const cpuBefore = cpuSeconds();
  let nextConnection = 0;
  const result = await autocannon({
    url: base,
    connections,
    ...(amount === undefined ? { duration: seconds } : { amount }),
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, context: { connection?: number; n?: number }) => {
          // autocannon resets the context when its request list starts over: records go round-robin instead.
          const n = nextConnection++;
          void context;
          return { ...req, ...request(n % connections, n) };
        },
      },
    ],
  } as never);
  const after = rss();
  const cpu = cpuSeconds() - cpuBefore;
  const ok = (result.statusCodeStats as Record<string, { count: number }>)[String(expect)]?.count ?? 0;
  const total = result.requests.total;
  lines.push(
    `${name.padEnd(25)} ${String(connections).padStart(3)} conns  ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(5)} ms  ` +
      `${total} requests, ${total - ok} not ${expect} ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats as Record<string, { count: number }>).filter(([code]) => code !== String(expect)).map(([code, v]) => [code, v.count])))}, errors ${result.errors}  RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB  ` +
      // On a shared machine the server gets a fraction of a core: answers per CPU-second of the server is the per-core rate.
      `${cpu > 0 ? (total / cpu).toFixed(0) : '?'} req per server CPU-second (${cpu.toFixed(1)} s CPU)`,
  );
  process.stdout.write(lines.at(-1)! + '\n');
  return { ok };
}

const photo = Buffer.from(jpeg(320, 240));
const boundary = 'shenbao-bench-boundary';
const multipart = Buffer.concat([
  Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="id.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`),
  photo,
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);

const checks: string[] = [];
// The first pass meets a freshly started server (JIT and caches cold) and is printed as such; the
// pass after it at the same 32 connections is the steady state the targets are about.
for (const [pass, connections] of [['cold', 32], ['', 32], ['', 64]] as const) {
  const tag = `${pass}${connections}`;
  const label = (name: string) => (pass === '' ? name : `${name} (${pass})`);
  const own = await records(connections, 'work-unit', passing.year, `own${tag}`);
  const body = JSON.stringify({ data: passing.data });
  await run({ name: label('refused submit'), connections, expect: 422, request: (c) => ({ method: 'POST', path: `/records/${own[c]![0]}/submit`, headers: own[c]![1], body: '{"data":{}}' }) });

  const pool = await records(connections * 50, 'work-unit', passing.year, `pool${tag}`);
  let taken = 0;
  const submits = await run({
    name: label('successful submit'),
    connections,
    expect: 200,
    amount: pool.length,
    request: () => {
      const [id, headers] = pool[taken++ % pool.length]!;
      return { method: 'POST', path: `/records/${id}/submit`, headers, body };
    },
  });

  const saves = await run({ name: label('draft save'), connections, expect: 200, request: (c) => ({ method: 'PUT', path: `/records/${own[c]![0]}/draft`, headers: own[c]![1], body }) });

  const uploadsTo = await records(connections, 'tcm-expertise', 2024, `up${tag}`);
  const uploads = await run({
    name: label('upload'),
    connections,
    expect: 201,
    amount: connections * 40,
    request: (c) => ({
      method: 'POST',
      path: `/records/${uploadsTo[c]![0]}/files?slot=applicantIdCard`,
      headers: { authorization: uploadsTo[c]![1].authorization!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
    }),
  });

  // Nothing lost, nothing twice: read the database the server wrote.
  const sqlite = openDatabase(dbFile);
  const ids = JSON.stringify(pool.map(([id]) => id));
  const submitted = (sqlite.prepare(`SELECT count(*) AS n FROM records WHERE status = 'submitted' AND id IN (SELECT value FROM json_each(?))`).get(ids) as { n: number }).n;
  const twice = (sqlite.prepare(`SELECT count(*) AS n FROM (SELECT record_id FROM history WHERE action = 'submit' AND record_id IN (SELECT value FROM json_each(?)) GROUP BY record_id HAVING count(*) > 1)`).get(ids) as { n: number }).n;
  const versions = (sqlite.prepare(`SELECT sum(version - 1) AS n FROM records WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(own.map(([id]) => id))) as { n: number }).n;
  const files = (sqlite.prepare(`SELECT count(*) AS n FROM files WHERE record_id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(uploadsTo.map(([id]) => id))) as { n: number }).n;
  sqlite.close();
  // A timed run stops counting with up to one request per connection still in flight: the server
  // may store those few saves after autocannon stopped looking (never more, never fewer).
  const ok = submitted === submits.ok && twice === 0 && versions >= saves.ok && versions <= saves.ok + connections && files === uploads.ok;
  checks.push(
    `${connections} conns${pass === '' ? '' : ` (${pass})`}: ${submits.ok} submits acknowledged → ${submitted} submitted records, ${twice} submitted twice; ` +
      `${saves.ok} draft saves acknowledged (+ ≤ ${connections} in flight at the end) → ${versions} versions; ${uploads.ok} uploads → ${files} files: ${ok ? 'nothing lost or duplicated' : 'MISMATCH'}`,
  );
  process.stdout.write(checks.at(-1)! + '\n');
}

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\nserver bench (${seconds} s per timed run; load average at start ${loadAtStart}, at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})\n${lines.join('\n')}\n${checks.join('\n')}\n`);
if (checks.some((c) => c.includes('MISMATCH'))) process.exitCode = 1;
