/**
 * Issue 11, breaks 5 and 6: lists are paged by cursor with a total and filters (form, year, status,
 * unit), over 10,000 records; a record's history is paged and every response stays bounded however
 * many submit/withdraw cycles there were; a candidate holds at most `limits.recordsPerCandidate` records.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { limits } from './config.js';
import { openDatabase } from './database.js';
import { RecordsRepository } from './records-repository.js';
import { ApiClient } from './test-support/api-client.js';
import { startServer, tempDatabase, type TestServer } from './test-support/test-server.js';

const db = tempDatabase();
let server: TestServer;
let api: ApiClient;
const unitA = '武汉市第一医院';
const unitB = '黄石市中心医院';
const unitC = '孝感市中心医院';
/** Five forms over two years: ten (form, year) pairs, so each of 1,000 candidates holds ten records, one per pair (COMMON-11). */
const forms = ['tcm-expertise', 'physician-exam-materials', 'physician-exam-confirm', 'health-qualification', 'work-unit'];
const candidates = 1_000;
const statuses = ['draft', 'submitted', 'approved', 'returned'] as const;
/** What was inserted, by id. */
const inserted = new Map<string, { form: string; year: number; status: string; unit: string }>();
let cycled: string;

beforeAll(async () => {
  // 10,000 records of 1,000 candidates in two units, written straight into the database file through
  // the repository (which allows one record per candidate, form and year).
  const setup = openDatabase(db.dbFile);
  const records = new RecordsRepository(setup);
  const setStatus = setup.prepare('UPDATE records SET status = ? WHERE id = ?');
  setup.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const id = `rec-${String(i).padStart(5, '0')}`;
      const unit = i % 4 === 0 ? unitB : unitA;
      const pair = Math.floor(i / candidates); // 0..9: which (form, year) of the candidate
      const row = { form: forms[pair % forms.length]!, year: 2024 + Math.floor(pair / forms.length), status: statuses[i % 4]!, unit };
      const created = records.create({ id, form: row.form, year: row.year, candidateId: `cand-${i % candidates}`, unit, at: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 3) * 1000).toISOString() });
      expect(created).toMatchObject({ existing: false, record: { id } });
      setStatus.run(row.status, id);
      inserted.set(id, row);
    }
    // One record with 800 history entries (400 submit/withdraw cycles).
    cycled = 'rec-00001';
    const append = setup.prepare(`INSERT INTO history (record_id, seq, action, from_status, to_status, actor_id, actor_role, at, reason) VALUES (?, ?, ?, ?, ?, 'cand-1', 'candidate', ?, ?)`);
    for (let seq = 1; seq <= 800; seq++) {
      const submit = seq % 2 === 1;
      append.run(cycled, seq, submit ? 'submit' : 'withdraw', submit ? 'draft' : 'submitted', submit ? 'submitted' : 'draft', new Date(Date.UTC(2024, 1, 1) + seq * 1000).toISOString(), submit ? null : '补充材料'.repeat(20));
    }
    // A candidate of a third unit one short of the records-per-candidate limit: the API answers one
    // declaration per form and year, and there are fewer forms × years than the limit, so the earlier
    // years are written here (one per year, as the repository allows).
    for (let n = 0; n < limits.recordsPerCandidate - 1; n++) {
      const created = records.create({ id: `many-${n}`, form: 'tcm-expertise', year: 1970 + n, candidateId: 'cand-many', unit: unitC, at: new Date(Date.UTC(2023, 0, 1) + n * 1000).toISOString() }, limits.recordsPerCandidate);
      expect(created.existing).toBe(false);
    }
  })();
  setup.close();
  server = await startServer(db.dbFile);
  api = new ApiClient(server.url);
}, 120_000);

afterAll(async () => {
  await server?.close();
  db.remove();
});

/** Every record of a listing, page by page; checks each page's size and total. */
async function walk(client: ApiClient, query: string, limit: number): Promise<{ ids: string[]; total: number; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total = -1;
  let pages = 0;
  do {
    const response = await client.get(`/records?${query}&limit=${limit}${cursor === undefined ? '' : `&cursor=${cursor}`}`);
    expect(response.status).toBe(200);
    expect(response.body.records.length).toBeLessThanOrEqual(limit);
    if (total === -1) total = response.body.total;
    expect(response.body.total).toBe(total);
    ids.push(...response.body.records.map((r: { id: string }) => r.id));
    cursor = response.body.nextCursor;
    pages++;
  } while (cursor !== undefined);
  return { ids, total, pages };
}

describe('GET /records over 10,000 records', () => {
  test('a unit reviewer pages through every record of the unit exactly once, newest first; total says how many', async () => {
    const reviewer = api.as({ id: 'rev-a', role: 'reviewer', unit: unitA });
    const { ids, total, pages } = await walk(reviewer, 'x=1', 100);
    const expected = [...inserted].filter(([, r]) => r.unit === unitA).map(([id]) => id);
    expect(total).toBe(expected.length);
    expect(total).toBe(7_500);
    expect(pages).toBe(75);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ids).toEqual([...ids].sort().reverse()); // creation order, newest first (ids were made in that order)
    const first = await reviewer.get('/records');
    expect(first.body.records).toHaveLength(50);
  });

  test('filters by form, year and status combine with paging; the old approved records are all reachable', async () => {
    const reviewer = api.as({ id: 'rev-a', role: 'reviewer', unit: unitA });
    const { ids, total } = await walk(reviewer, 'form=tcm-expertise&year=2025&status=approved', 37);
    const expected = [...inserted].filter(([, r]) => r.unit === unitA && r.form === 'tcm-expertise' && r.year === 2025 && r.status === 'approved').map(([id]) => id);
    expect(total).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(100);
    expect([...ids].sort()).toEqual([...expected].sort());
    const unitFilter = await walk(api.as({ id: 'rev-b', role: 'reviewer', unit: unitB }), `unit=${encodeURIComponent(unitB)}`, 100);
    expect(unitFilter.total).toBe(2_500);
  });

  test('a candidate pages through only their own; bad limits and cursors are 422', async () => {
    const candidate = api.as({ id: 'cand-7', role: 'candidate', unit: unitA });
    const { ids, total, pages } = await walk(candidate, 'x=1', 3);
    expect(total).toBe(10);
    expect(pages).toBe(4);
    expect(new Set(ids).size).toBe(10);
    expect(ids.every((id) => Number(id.slice(4)) % candidates === 7)).toBe(true);
    for (const bad of ['limit=0', 'limit=101', 'limit=abc', 'cursor=nope', `cursor=${Buffer.from('[1,2]').toString('base64url')}`, 'year=24']) {
      expect((await candidate.get(`/records?${bad}`)).status, bad).toBe(422);
    }
  });
});

describe('bounded responses', () => {
  test('after 400 submit/withdraw cycles a record answers 20 history entries and the total; the history pages through all 800', async () => {
    const owner = api.as({ id: 'cand-1', role: 'candidate', unit: unitA });
    const response = await owner.get(`/records/${cycled}`);
    expect(response.status).toBe(200);
    expect(response.body.history).toHaveLength(limits.historyInView);
    expect(response.body.historyTotal).toBe(800);
    expect(response.body.history.at(-1)).toMatchObject({ action: 'withdraw' });
    expect(JSON.stringify(response.body).length).toBeLessThan(16_000);

    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await owner.get(`/records/${cycled}/history?limit=100${cursor === undefined ? '' : `&cursor=${cursor}`}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(800);
      seen.push(...page.body.history.map((h: { seq: number }) => h.seq));
      cursor = page.body.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(Array.from({ length: 800 }, (_, i) => 800 - i));
    expect((await api.as({ id: 'cand-2', role: 'candidate', unit: unitA }).get(`/records/${cycled}/history`)).status).toBe(403);
  });

  test(`a candidate holds at most ${limits.recordsPerCandidate} records: the next one is refused with a message`, async () => {
    const candidate = api.as({ id: 'cand-many', role: 'candidate', unit: unitC });
    expect((await candidate.get('/records')).body.total).toBe(limits.recordsPerCandidate - 1);
    expect((await candidate.post('/records', { form: 'tcm-expertise' })).status).toBe(201);
    const refused = await candidate.post('/records', { form: 'physician-exam-materials' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({ code: 'too-many-records', message: `每位考生最多保存 ${limits.recordsPerCandidate} 份申报，请先处理已有的申报` });
    expect((await candidate.get('/records')).body.total).toBe(limits.recordsPerCandidate);
  });
});
