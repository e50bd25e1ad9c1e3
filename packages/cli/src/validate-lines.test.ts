/**
 * Issue 11, breaks 1–3 on the CLI: deep malformed JSON answers a located error; one bad line of a
 * `--jsonl` batch answers `{"line": N, "error": …}` and the batch goes on; results are streamed;
 * an endless line, `/dev/zero` and a FIFO hit the limits while reading (exit 2, quickly); and
 * `--workers N` answers the same lines in the same order as the main thread.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { jsonlLimits } from './validate-lines.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const scenario = (name: string) => JSON.parse(readFileSync(join(formDir, 'scenarios', name), 'utf8')).data as unknown;
const valid = JSON.stringify(scenario('shicheng-pass.json'));
const invalid = JSON.stringify(scenario('missing-required-name.json'));
const tmp = mkdtempSync(join(tmpdir(), 'shenbao-jsonl-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const contextFile = join(tmp, 'context.json');
writeFileSync(contextFile, JSON.stringify({ today: '2024-05-01' }));
const base = ['validate', '--form', 'tcm-expertise', '--context', contextFile];

async function run(argv: string[], stdin: NodeJS.ReadableStream = Readable.from([])) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin });
  return { code, stdout, stderr, results: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('deep malformed JSON on the CLI', () => {
  it('100,000 unclosed [ in a file: exit 2 with file:line:column, no stack overflow', async () => {
    const file = join(tmp, 'deep.json');
    writeFileSync(file, '{\n "a": ' + '['.repeat(100_000));
    const r = await run([...base, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`deep\\.json:2:\\d+ JSON 格式错误：嵌套超过 512 层`));
    expect(r.stderr).not.toContain('call stack');
  });
});

describe('validate --jsonl', () => {
  it('a valid line, a line of 10⁵ [ and a valid line: three results, the bad one located, exit 2', async () => {
    const file = join(tmp, 'bad-middle.jsonl');
    writeFileSync(file, `${valid}\n${'['.repeat(100_000)}\n${invalid}\n`);
    const r = await run([...base, '--jsonl', file]);
    expect(r.code).toBe(2);
    expect(r.results.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(r.results[0]).toMatchObject({ line: 1, valid: true });
    expect(r.results[1]).toEqual({ line: 2, error: expect.stringMatching(/bad-middle\.jsonl:2:1:\d+ JSON 格式错误：嵌套超过 512 层/) });
    expect(r.results[2]).toMatchObject({ line: 3, valid: false });
  });

  it('streams: the first result is written before the second line has arrived', async () => {
    const stdin = new PassThrough();
    let stdout = '';
    const done = runCli([...base, '--jsonl', '-'], { stdout: (t) => (stdout += t), stderr: () => {}, stdin });
    stdin.write(valid + '\n');
    await expect.poll(() => stdout, { timeout: 10_000 }).toContain('"line":1');
    expect(stdout).not.toContain('"line":2');
    stdin.end(invalid + '\n');
    expect(await done).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('an endless line is dropped while reading: exit 2 after the skip limit, memory bounded, never a RangeError', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x5b); // 1 MB of [
    const endless = new Readable({
      read() {
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const r = await run([...base, '--jsonl', '-'], endless);
    expect(r.code).toBe(2);
    expect(r.results).toEqual([{ line: 1, error: expect.stringContaining('停止读取') }]);
    expect(sent).toBeLessThanOrEqual(jsonlLimits.maxSkipBytes + 2 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(jsonlLimits.maxSkipBytes);
  });

  it('an over-long line that does end is reported and the lines after it are still read', async () => {
    const long = '"' + 'x'.repeat(jsonlLimits.maxLineBytes + 10) + '"';
    const r = await run([...base, '--jsonl', '-'], Readable.from([Buffer.from(`${valid}\n${long}\r\n${valid}\n`)]));
    expect(r.code).toBe(2);
    expect(r.results).toEqual([expect.objectContaining({ line: 1, valid: true }), { line: 2, error: expect.stringContaining('已跳过') }, expect.objectContaining({ line: 3, valid: true })]);
  });

  it('/dev/zero as the input file hits the limit quickly with exit 2 (with and without --jsonl)', async () => {
    const started = Date.now();
    const jsonl = await run([...base, '--jsonl', '/dev/zero']);
    expect(jsonl.code).toBe(2);
    expect(jsonl.results).toEqual([{ line: 1, error: expect.stringContaining('停止读取') }]);
    const single = await run([...base, '/dev/zero']);
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('输入过大');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a FIFO fed without end hits the size limit with exit 2', async () => {
    const fifo = join(tmp, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat /dev/zero > ${fifo}`], { stdio: 'ignore' });
    try {
      const r = await run([...base, fifo]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('输入过大');
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('--workers 2 answers every line, in input order, exactly as the main thread does; the rate goes to stderr', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(i % 50 === 7 ? '{"bad": ' : i % 3 === 0 ? invalid : valid);
    const file = join(tmp, 'many.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const main = await run([...base, '--jsonl', file]);
    const pooled = await run([...base, '--jsonl', '--workers', '2', file]);
    expect(pooled.code).toBe(2);
    expect(pooled.stdout).toBe(main.stdout);
    expect(pooled.results.map((x) => x.line)).toEqual(lines.map((_, i) => i + 1));
    expect(pooled.stderr).toMatch(/每秒 \d+ 份（2 个工作线程）/);
    expect((await run([...base, '--workers', '2', file])).code).toBe(2);
  });
});
