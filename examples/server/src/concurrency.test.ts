/**
 * Concurrent writes to one record: of five simultaneous submissions exactly one wins and the other
 * four get 409; the same for simultaneous review decisions. No timing is assumed. To make the five
 * submissions really overlap (all five read the record before any of them writes), the host's
 * context provider, which the server awaits between reading and writing, is a barrier that opens
 * only when all five have arrived; the write (`UPDATE … WHERE id = ? AND version = ? AND status = ?`
 * in a transaction) then lets exactly one through.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { chinaDate } from './services.js';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { serverForFile } from './test-support/test-server.js';

let candidate: ApiClient;
let recordId: string;
let data: unknown;

/** Resolves every arrival once `count` have arrived. */
class Barrier {
  #arrived = 0;
  #open!: () => void;
  readonly #opened = new Promise<void>((resolve) => (this.#open = resolve));
  constructor(readonly count: number) {}
  arrive(): Promise<void> {
    if (++this.#arrived === this.count) this.#open();
    return this.#opened;
  }
}
let barrier: Barrier | undefined;

const server = serverForFile({
  context: async (_record, now) => {
    await barrier?.arrive();
    return { today: chinaDate(now) };
  },
});

beforeAll(async () => {
  candidate = new ApiClient(server.url, { id: 'cand-zhang', role: 'candidate' });
  recordId = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
  const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
  data = (await uploadScenarioFiles(candidate, recordId, scenario.form.definition, scenario.data)).data;
});

describe('concurrent writes', () => {
  test('five concurrent submissions of one record: exactly one succeeds, four get 409', async () => {
    const before = await candidate.get(`/records/${recordId}`);
    barrier = new Barrier(5);
    const responses = await Promise.all(Array.from({ length: 5 }, () => candidate.post(`/records/${recordId}/submit`, { data })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    // All five had read the same version: the four losers lost at the conditional write.
    expect(responses.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['conflict', 'conflict', 'conflict', 'conflict']);
    barrier = undefined;

    const after = await candidate.get(`/records/${recordId}`);
    expect(after.body.status).toBe('submitted');
    expect(after.body.version).toBe(before.body.version + 1);
    expect(after.body.history.filter((h: { action: string }) => h.action === 'submit')).toHaveLength(1);
  });

  test('three reviewers decide at once: one decision is stored', async () => {
    const reviewers = ['r1', 'r2', 'r3'].map((id) => candidate.as({ id, role: 'reviewer' }));
    const responses = await Promise.all([
      reviewers[0]!.post(`/records/${recordId}/review`, { action: 'approve' }),
      reviewers[1]!.post(`/records/${recordId}/review`, { action: 'return', reason: '材料不清晰' }),
      reviewers[2]!.post(`/records/${recordId}/review`, { action: 'approve' }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const after = await candidate.get(`/records/${recordId}`);
    expect(after.body.history).toHaveLength(2);
    const winner = responses.find((r) => r.status === 200)!;
    expect(after.body.status).toBe(winner.body.status);
  });

  test('50 parallel submissions of one record, five rounds (withdrawn in between): exactly one wins each round', async () => {
    // Another candidate: cand-zhang already has this year's tcm-expertise declaration (COMMON-11).
    const owner = candidate.as({ id: 'cand-zhang-2', role: 'candidate' });
    const created = await owner.post('/records', { form: 'tcm-expertise' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
    const own = (await uploadScenarioFiles(owner, id, scenario.form.definition, scenario.data)).data;
    for (let round = 1; round <= 5; round++) {
      const responses = await Promise.all(Array.from({ length: 50 }, () => owner.post(`/records/${id}/submit`, { data: own })));
      const won = responses.filter((r) => r.status === 200);
      expect(won, `round ${round}`).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409), `round ${round}`).toHaveLength(49);
      const after = await owner.get(`/records/${id}`);
      expect(after.body.status).toBe('submitted');
      expect(after.body.history.filter((h: { action: string }) => h.action === 'submit')).toHaveLength(round);
      expect((await owner.post(`/records/${id}/withdraw`, {})).status).toBe(200);
    }
    expect((await owner.get(`/records/${id}`)).body.historyTotal).toBe(10);
  }, 180_000);
});
