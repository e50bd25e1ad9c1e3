/**
 * Lines of a byte stream with a limit that holds while reading: a line longer than `maxLineBytes`
 * is never held in memory (its bytes are counted and dropped up to its newline), and a line with no
 * newline in sight ends the reading after `maxSkipBytes`. Works the same for files, pipes, FIFOs and
 * character devices (`/dev/zero`): nothing here asks the input for its size.
 */

/** One line: its 1-based number and text, or `tooLong` (the text was dropped). */
export type ReadLine = { line: number; text: string } | { line: number; tooLong: true; bytes: number; ended: boolean };

/** Limits of {@link readLines}. */
export interface ReadLinesLimits {
  /** Longest line kept, in bytes (without its newline). */
  maxLineBytes: number;
  /** Most bytes of one over-long line read while looking for its end; past it the reading stops (`ended`). */
  maxSkipBytes: number;
}

/**
 * Yields the lines of `input` as they arrive (UTF-8; `\r\n` and `\n` end a line). An over-long line
 * is yielded once as `tooLong`; when its end was not found within `maxSkipBytes` it is the last one
 * (`ended: true`) and the stream is destroyed. The input may reuse a chunk's memory once the next
 * chunk is asked for: nothing of a chunk is kept past it.
 */
export async function* readLines(input: AsyncIterable<Buffer | string> & { destroy?: () => void }, limits: ReadLinesLimits): AsyncGenerator<ReadLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let line = 1;
  let skipping = false; // inside an over-long line
  let skipped = 0;
  const text = (): string => {
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
    const end = joined.length > 0 && joined[joined.length - 1] === 0x0d ? joined.length - 1 : joined.length;
    return joined.toString('utf8', 0, end);
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    while (start < buf.length) {
      const newline = buf.indexOf(0x0a, start);
      const end = newline === -1 ? buf.length : newline;
      const piece = end - start;
      if (skipping) skipped += piece;
      else if (held + piece > limits.maxLineBytes) {
        skipping = true;
        skipped = held + piece;
        parts = [];
        held = 0;
      } else if (piece > 0) {
        // A line's unfinished tail is copied: the input may reuse the chunk's memory for the next one.
        parts.push(newline === -1 ? Buffer.from(buf.subarray(start, end)) : buf.subarray(start, end));
        held += piece;
      }
      if (newline === -1) {
        if (skipping && skipped > limits.maxSkipBytes) {
          yield { line, tooLong: true, bytes: skipped, ended: true };
          input.destroy?.();
          return;
        }
        break;
      }
      if (skipping) yield { line, tooLong: true, bytes: skipped, ended: false };
      else yield { line, text: text() };
      parts = [];
      held = 0;
      skipping = false;
      skipped = 0;
      line++;
      start = newline + 1;
    }
  }
  if (skipping) yield { line, tooLong: true, bytes: skipped, ended: false };
  else if (held > 0) yield { line, text: text() };
}

/** Reads a whole stream, at most `limit` bytes; undefined when it holds more (the stream is destroyed then). */
export async function readLimited(input: AsyncIterable<Buffer | string> & { destroy?: () => void }, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) {
      input.destroy?.();
      return undefined;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
