/**
 * `shenbao validate --jsonl [--workers N]`: one declaration a line, one result a line, written as
 * soon as it is made (with workers: still in input order). A malformed line answers
 * `{"line": N, "error": …}` and the lines after it are still read; a line over the limit is dropped
 * while reading (never held whole); progress and the rate (declarations per second) go to stderr.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseJson, type FormDefinition, type Locale } from '@shenbao/core';
import { evaluate } from '@shenbao/rules';
import type { ResolvedPack } from '@shenbao/rules';
import { readLines, type ReadLinesLimits } from './read-lines.js';

/** Where the results and the progress go. */
export interface LinesIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

/** What every line is checked against (plain data: it is cloned into each worker). */
export interface LineTask {
  file: string;
  definition: FormDefinition;
  pack: ResolvedPack;
  context: unknown;
  locale: Locale;
}

/** The verdict of one line. */
export type LineKind = 'valid' | 'invalid' | 'bad';

/** One result line (JSON text, no newline) and its kind. */
export interface LineResult {
  out: string;
  kind: LineKind;
}

/** Per-line limits of the batch: 4 MB a line; an over-long line without a newline within 64 MB ends the batch. */
export const jsonlLimits: ReadLinesLimits = { maxLineBytes: 4 * 1024 * 1024, maxSkipBytes: 64 * 1024 * 1024 };

/** An input file that could not be opened (exit code 2). */
export class UnreadableInput extends Error {}

/** Validates one line's text; never throws. */
export async function validateLine(task: LineTask, line: number, text: string): Promise<LineResult> {
  const parsed = parseJson(text, `${task.file}:${line}`);
  if (!parsed.ok) return { out: JSON.stringify({ line, error: parsed.error.message }), kind: 'bad' };
  try {
    const result = await evaluate(task.definition, task.pack, parsed.value, task.context, { locale: task.locale });
    return { out: JSON.stringify({ line, valid: result.complete, issues: result.issues }), kind: result.complete ? 'valid' : 'invalid' };
  } catch (error) {
    return { out: JSON.stringify({ line, error: `校验失败：${(error as Error).message ?? String(error)}` }), kind: 'bad' };
  }
}

/** The result line of a line over the limit. */
function tooLongResult(line: number, ended: boolean): LineResult {
  const mb = jsonlLimits.maxLineBytes / 1024 / 1024;
  const error = ended
    ? `该行超过 ${mb} MB，且 ${jsonlLimits.maxSkipBytes / 1024 / 1024} MB 内没有换行：停止读取`
    : `该行超过 ${mb} MB，已跳过`;
  return { out: JSON.stringify({ line, error }), kind: 'bad' };
}

/** Bytes asked of the file per read. */
const readSize = 1024 * 1024;

/**
 * The chunks of an open file, read into one buffer used again for every read (a fresh megabyte per
 * read, as a read stream allocates, cost a batch of 370 MB about a second of page faults and
 * collections). Each chunk is only valid until the next is asked for: {@link readLines} copies what
 * it keeps of a chunk. Closes the file when the reading ends, however it ends.
 */
async function* fileChunks(handle: FileHandle): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(readSize);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, readSize, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Opens the input: standard input for `-`, else the file (any kind: regular, FIFO, device). */
async function openInput(file: string, stdin: NodeJS.ReadableStream): Promise<AsyncIterable<Buffer | string> & { destroy?: () => void }> {
  if (file === '-') return stdin as never;
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UnreadableInput(`${file}：无法读取（${e.code ?? e.message}）`);
  }
  return fileChunks(handle);
}

/**
 * The worker: the built JavaScript file next to this one; when this module runs from TypeScript
 * source (tests, `--conditions=source`), a bootstrap that loads the .ts file through tsx.
 */
function startWorker(task: LineTask): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./validate-worker.js', import.meta.url), { workerData: task });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./validate-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(bootstrap, { eval: true, workerData: task });
}

/** A pool of workers validating batches of lines; results come back by sequence number. */
class WorkerPool {
  readonly #workers: { worker: Worker; busy: number }[] = [];
  readonly #waiting = new Map<number, { resolve: (results: LineResult[]) => void; reject: (error: Error) => void }>();
  #next = 0;
  #failure: Error | undefined;

  constructor(count: number, task: LineTask) {
    for (let i = 0; i < count; i++) {
      const worker = startWorker(task);
      const slot = { worker, busy: 0 };
      worker.on('message', (message: { id: number; results: LineResult[] }) => {
        slot.busy--;
        const waiting = this.#waiting.get(message.id);
        this.#waiting.delete(message.id);
        waiting?.resolve(message.results);
      });
      worker.on('error', (error) => {
        this.#failure = error;
        for (const waiting of this.#waiting.values()) waiting.reject(error);
        this.#waiting.clear();
      });
      this.#workers.push(slot);
    }
  }

  /** Validates a batch on the least busy worker. */
  run(lines: { line: number; text: string }[]): Promise<LineResult[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, lines });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/** Runs the batch; resolves to the exit code (0 all valid, 1 some invalid, 2 some lines unreadable). */
export async function validateLines(io: LinesIO, task: LineTask, workers = 0): Promise<number> {
  const input = await openInput(task.file, io.stdin);
  const counts: Record<LineKind, number> = { valid: 0, invalid: 0, bad: 0 };
  let lines = 0;
  const started = process.hrtime.bigint();
  // Result lines are written together once the loop waits for input (one write per input chunk, not per line).
  let out: string[] = [];
  const flush = () => {
    if (out.length > 0) io.stdout(out.join(''));
    out = [];
  };
  const emit = (result: LineResult) => {
    counts[result.kind]++;
    if (out.length === 0) setImmediate(flush);
    out.push(result.out + '\n');
    if ((counts.valid + counts.invalid + counts.bad) % 10_000 === 0) {
      io.stderr(`已处理 ${counts.valid + counts.invalid + counts.bad} 行（有效 ${counts.valid}，无效 ${counts.invalid}，格式错误 ${counts.bad}）\n`);
    }
  };

  if (workers <= 0) {
    for await (const read of readLines(input, jsonlLimits)) {
      if ('tooLong' in read) emit(tooLongResult(read.line, read.ended));
      else if (read.text.trim() !== '') emit(await validateLine(task, read.line, read.text));
      lines = read.line;
    }
  } else {
    // Batches go out to the pool; results are written in input order as soon as the next one is there.
    const pool = new WorkerPool(workers, task);
    const batchSize = 256; // lines per message: fewer, larger messages keep the main thread's share small
    const maxInFlight = workers * 4;
    const pending: Promise<LineResult[]>[] = [];
    let batch: { line: number; text: string }[] = [];
    const flushOne = async () => emitAll(await pending.shift()!);
    const emitAll = (results: LineResult[]) => results.forEach(emit);
    const send = () => {
      if (batch.length > 0) pending.push(pool.run(batch));
      batch = [];
    };
    try {
      for await (const read of readLines(input, jsonlLimits)) {
        lines = read.line;
        if ('tooLong' in read) {
          send();
          pending.push(Promise.resolve([tooLongResult(read.line, read.ended)]));
        } else if (read.text.trim() !== '') {
          batch.push({ line: read.line, text: read.text });
          if (batch.length >= batchSize) send();
        }
        while (pending.length >= maxInFlight) await flushOne();
      }
      send();
      while (pending.length > 0) await flushOne();
    } finally {
      await pool.close();
    }
  }

  flush();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const done = counts.valid + counts.invalid + counts.bad;
  const rate = seconds > 0 ? Math.round(done / seconds) : done;
  io.stderr(
    `完成：${lines} 行，有效 ${counts.valid}，无效 ${counts.invalid}，格式错误 ${counts.bad}，用时 ${seconds.toFixed(2)} 秒，` +
      `每秒 ${rate} 份（${workers <= 0 ? '主线程' : `${workers} 个工作线程`}）\n`,
  );
  return counts.bad > 0 ? 2 : counts.invalid > 0 ? 1 : 0;
}
