/**
 * A worker thread of `shenbao validate --jsonl --workers N`: validates the batches of lines it is
 * sent against the form, pack and context it was started with, and answers their results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validateLine, type LineResult, type LineTask } from './validate-lines.js';

const task = workerData as LineTask;

parentPort!.on('message', async (message: { id: number; lines: { line: number; text: string }[] }) => {
  const results: LineResult[] = [];
  for (const { line, text } of message.lines) results.push(await validateLine(task, line, text));
  parentPort!.postMessage({ id: message.id, results });
});
