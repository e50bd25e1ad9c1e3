/**
 * COMMON-9 on the real server: a value under a field that no longer applies (师承 experience kept
 * after switching to 多年实践… here: 医术渊源 typed while 师承) never blocks submission, and the
 * record stores the declaration as evaluated — without that value.
 */
import { getAt, setAt } from '@shenbao/core';
import { afterAll, describe, expect, test } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { startServer, tempDatabase, type TestServer } from './test-support/test-server.js';

const db = tempDatabase();
let server: TestServer;

afterAll(async () => {
  await server?.close();
  db.remove();
});

describe('hidden values on submit (COMMON-9)', () => {
  test('a value in a field hidden for this candidate is accepted and not stored', async () => {
    server = await startServer(db.dbFile, { context: () => ({ today: '2024-05-01' }) });
    const candidate = new ApiClient(server.url, { id: 'cand-hidden', role: 'candidate' });
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
    const created = await candidate.post('/records', { form: 'tcm-expertise' });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const { data } = await uploadScenarioFiles(candidate, id, scenario.form.definition, scenario.data);
    // 医术渊源 belongs to 多年实践 and is hidden for a 师承 candidate.
    const withHidden = setAt(data, '/experience/origin', '祖传中医。');
    expect((await candidate.put(`/records/${id}/draft`, { data: withHidden })).status).toBe(200);
    const draft = await candidate.get(`/records/${id}`);
    expect(getAt(draft.body.data, '/experience/origin')).toBe('祖传中医。'); // the draft keeps it

    const submitted = await candidate.post(`/records/${id}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(getAt(submitted.body.data, '/experience/origin')).toBeUndefined();
    expect(getAt(submitted.body.data, '/experience/apprenticeship')).toBe(getAt(data, '/experience/apprenticeship'));
    const stored = await candidate.get(`/records/${id}`);
    expect(getAt(stored.body.data, '/experience/origin')).toBeUndefined();
  });
});
