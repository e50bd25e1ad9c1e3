/**
 * Issue 11, what held and must keep holding: SQL injection in every field is stored verbatim. Every
 * string of a full declaration (and a key, a file name, the list filters, the cursor and the id in
 * the path) carries SQL payloads; the server binds them as parameters, so each comes back exactly as
 * sent, no other record shows up, and the tables are still there and whole.
 */
import { beforeAll, expect, test } from 'vitest';
import { openDatabase } from './database.js';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase } from './test-support/scenarios.js';
import { serverForFile } from './test-support/test-server.js';
import { jpeg } from './test-support/tiny-files.js';

const server = serverForFile();
let mallory: ApiClient;
let victim: ApiClient;

const payloads = [
  `'; DROP TABLE records; --`,
  `" OR "1"="1`,
  `x') OR 1=1; DELETE FROM history; --`,
  `%' UNION SELECT id, data FROM records --`,
  `\\'; UPDATE records SET status='approved' WHERE '1'='1`,
  `1; ATTACH DATABASE '/tmp/pwn.sqlite' AS pwn; --`,
];

/** `value` with every string leaf replaced by a payload (in turn). */
function poisoned(value: unknown, next: () => string): unknown {
  if (typeof value === 'string') return next();
  if (Array.isArray(value)) return value.map((v) => poisoned(v, next));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, next)]));
  return value;
}

beforeAll(async () => {
  mallory = new ApiClient(server.url, { id: 'mallory', role: 'candidate' });
  victim = new ApiClient(server.url, { id: 'victim', role: 'candidate' });
});

test('SQL in every field of a declaration, in a key and in a file name is stored and answered verbatim; nothing else is touched', async () => {
  const own = await victim.post('/records', { form: 'work-unit' });
  expect(own.status).toBe(201);

  const source = scenarioCase('tcm-expertise', 'shicheng-pass.json');
  let n = 0;
  const data = poisoned(source.data, () => payloads[n++ % payloads.length]!) as Record<string, unknown>;
  data[`'); DROP TABLE files; --`] = payloads[0];
  expect(n).toBeGreaterThan(10);

  const created = await mallory.post('/records', { form: 'tcm-expertise', year: 2024 });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const saved = await mallory.put(`/records/${id}/draft`, { data });
  expect(saved.status).toBe(200);
  expect((await mallory.get(`/records/${id}`)).body.data).toEqual(data);

  const upload = await mallory.upload(id, 'applicantIdCard', undefined, jpeg(64, 48), `a'); DELETE FROM files; --.jpg`);
  expect(upload.status).toBe(201);
  expect(upload.body.name).toBe(`a'); DELETE FROM files; --.jpg`);

  // The filters, the cursor and the id in the path are parameters too.
  for (const payload of payloads) {
    const list = await mallory.get(`/records?form=${encodeURIComponent(payload)}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ records: [], total: 0 });
    expect((await mallory.get(`/records/${encodeURIComponent(payload)}`)).status).toBe(404);
    // A cursor is only a position: a payload in it pages among the caller's own records, no others.
    const paged = await mallory.get(`/records?cursor=${Buffer.from(JSON.stringify([payload, payload])).toString('base64url')}`);
    expect(paged.status).toBe(200);
    expect(paged.body.records.every((r: { id: string }) => r.id === id)).toBe(true);
  }
  expect((await mallory.get('/records')).body.records.map((r: { id: string }) => r.id)).toEqual([id]);

  // The tables are whole: both records, the victim's still a draft, the file stored once.
  const check = openDatabase(server.dbFile);
  try {
    expect((check.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n).toBe(2);
    expect((check.prepare('SELECT status FROM records WHERE id = ?').get(own.body.id) as { status: string }).status).toBe('draft');
    expect((check.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n).toBe(1);
    expect(JSON.parse((check.prepare('SELECT data FROM records WHERE id = ?').get(id) as { data: string }).data)).toEqual(data);
  } finally {
    check.close();
  }
});
