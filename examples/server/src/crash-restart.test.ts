/**
 * Issue 11's evidence: `kill -9` of the server process in the middle of a burst of uploads and
 * submissions, twice, on the same SQLite file. After each restart every acknowledged upload and
 * submission is there, and nothing is half-stored: every record's status is where its last history
 * entry led, and every submitted record's attachment references name stored files of that record.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { testAuthSecret } from './test-support/credentials.js';
import { scenarioCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { tempDatabase } from './test-support/test-server.js';

const db = tempDatabase();
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  db.remove();
});

/** A free loopback port. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Starts src/main.ts as its own process and waits until it answers. */
async function startProcess(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
    env: { ...process.env, PORT: String(port), SHENBAO_DB: db.dbFile, SHENBAO_AUTH_SECRET: testAuthSecret, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/forms`)).ok) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Acknowledged {
  uploads: Set<string>;
  submits: Set<string>;
}

/** One candidate's loop: open a record, upload its files, submit; remembers what the server acknowledged. */
async function candidateLoop(client: ApiClient, ack: Acknowledged, stop: () => boolean): Promise<void> {
  const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
  while (!stop()) {
    try {
      const created = await client.post('/records', { form: 'tcm-expertise' });
      if (created.status !== 201) return;
      const id = created.body.id as string;
      const { data, refs } = await uploadScenarioFiles(client, id, scenario.form.definition, scenario.data);
      for (const ref of refs.values()) ack.uploads.add(ref.id);
      const submitted = await client.post(`/records/${id}/submit`, { data });
      if (submitted.status === 200) ack.submits.add(id);
    } catch {
      return; // the server died under us
    }
  }
}

/** Checks the database file directly: nothing acknowledged is lost, nothing is half-stored. */
function verify(ack: Acknowledged): { records: number; files: number } {
  const sqlite = new Database(db.dbFile, { readonly: true });
  try {
    const records = sqlite.prepare('SELECT id, status, data FROM records').all() as { id: string; status: string; data: string }[];
    const last = sqlite.prepare('SELECT to_status FROM history WHERE record_id = ? ORDER BY seq DESC LIMIT 1');
    const fileOf = sqlite.prepare('SELECT record_id FROM files WHERE id = ?');
    for (const record of records) {
      const entry = last.get(record.id) as { to_status: string } | undefined;
      expect(record.status, record.id).toBe(entry?.to_status ?? 'draft');
      if (record.status !== 'submitted') continue;
      const refs = JSON.stringify(JSON.parse(record.data)).match(/"id":"[0-9a-f-]{36}"/g) ?? [];
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect((fileOf.get(ref.slice(6, -1)) as { record_id: string } | undefined)?.record_id, ref).toBe(record.id);
    }
    const submitted = new Set(records.filter((r) => r.status === 'submitted').map((r) => r.id));
    for (const id of ack.submits) expect(submitted.has(id), `acknowledged submission ${id}`).toBe(true);
    for (const id of ack.uploads) expect(fileOf.get(id), `acknowledged upload ${id}`).toBeDefined();
    return { records: records.length, files: (sqlite.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n };
  } finally {
    sqlite.close();
  }
}

describe('kill -9 during a burst', () => {
  test('twice: every acknowledged upload and submission survives, nothing is half-stored', async () => {
    const ack: Acknowledged = { uploads: new Set(), submits: new Set() };
    for (let round = 1; round <= 2; round++) {
      const port = await freePort();
      child = await startProcess(port);
      const base = `http://127.0.0.1:${port}`;
      let stopped = false;
      const loops = Array.from({ length: 6 }, (_, i) => candidateLoop(new ApiClient(base, { id: `crash-${round}-${i}`, role: 'candidate' }), ack, () => stopped));
      // Kill once the burst is under way: after the first acknowledged submission of this round.
      const before = ack.submits.size;
      const deadline = Date.now() + 60_000;
      while (ack.submits.size === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      stopped = true;
      await Promise.all(loops);
      const dead = child;
      if (dead.exitCode === null && dead.signalCode === null) await new Promise((r) => dead.once('exit', r));
      expect(ack.submits.size).toBeGreaterThan(before);
      const restarted = await startProcess(port); // the restart opens the same file (WAL recovery)
      restarted.kill('SIGTERM');
      await new Promise((r) => restarted.once('exit', r));
      const counts = verify(ack);
      expect(counts.files).toBeGreaterThanOrEqual(ack.uploads.size);
    }
  }, 240_000);
});
