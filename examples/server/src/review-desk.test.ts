/**
 * What the server does for a review desk and for the candidate's entry: one declaration per
 * candidate, form and year (COMMON-11), numbers masked for reviewers with a recorded reveal per
 * field (COMMON-4), and the previous submission kept to show what changed (issue 8 item 13).
 */
import { getAt, setAt } from '@shenbao/core';
import { evaluate, resolvePack } from '@shenbao/rules';
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { scenarioCase } from './test-support/scenarios.js';
import { LogSink, serverForFile } from './test-support/test-server.js';

const log = new LogSink();
const server = serverForFile({ log });

describe('COMMON-11 one declaration per candidate, form and exam year', () => {
  test('a second POST /records for the same form and year is 409 record-exists with the existing id; nothing is created', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-once', role: 'candidate' });
    const first = await candidate.post('/records', { form: 'tcm-expertise' });
    expect(first.status).toBe(201);
    const again = await candidate.post('/records', { form: 'tcm-expertise', year: 2024 });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: 'record-exists', message: expect.stringContaining('进度查询') }, id: first.body.id });
    expect((await candidate.get('/records')).body.records.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
    // Another form, or another candidate, starts its own.
    expect((await candidate.post('/records', { form: 'health-qualification' })).status).toBe(201);
    expect((await candidate.as({ id: 'cand-twice', role: 'candidate' }).post('/records', { form: 'tcm-expertise' })).status).toBe(201);
  });

  test('concurrent starts of the same declaration create exactly one record', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-race', role: 'candidate' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => candidate.post('/records', { form: 'tcm-expertise' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const id = answers.find((a) => a.status === 201)!.body.id;
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.id === id)).toBe(true);
  });
});

describe('COMMON-4 reviewers get masked numbers and reveal one field at a time, recorded', () => {
  let id: string;
  let data: Record<string, unknown>;
  const candidate = () => new ApiClient(server.url, { id: 'cand-mask', role: 'candidate' });
  const reviewer = () => new ApiClient(server.url, { id: 'unit-reviewer-7', role: 'reviewer' });

  beforeAll(async () => {
    id = (await candidate().post('/records', { form: 'tcm-expertise' })).body.id;
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
    data = (await uploadScenarioFiles(candidate(), id, scenario.form.definition, scenario.data)).data as Record<string, unknown>;
    expect((await candidate().post(`/records/${id}/submit`, { data })).status).toBe(200);
  });

  test('the candidate reads their own numbers in full; a reviewer reads them masked, embedded IDs included', async () => {
    const own = await candidate().get(`/records/${id}`);
    expect(getAt(own.body.data, '/applicant/idNumber')).toBe('420106198503150018');
    expect(own.body).not.toHaveProperty('masked');

    const view = await reviewer().get(`/records/${id}`);
    expect(getAt(view.body.data, '/applicant/idNumber')).toBe('4201**********0018');
    expect(getAt(view.body.data, '/applicant/mobile')).toBe('138****8000');
    // 资格证书编号 199742110420102196505120037 carries the teacher's ID 420102196505120037.
    expect(getAt(view.body.data, '/teachers/0/qualificationCertNo')).toBe('1997421104201**********0037');
    expect(getAt(view.body.data, '/teachers/0/name')).toBe('李明德');
    expect(view.body.masked).toEqual(expect.arrayContaining(['/applicant/idNumber', '/applicant/mobile', '/teachers/0/idNumber', '/teachers/0/qualificationCertNo']));
    expect(JSON.stringify(view.body)).not.toContain('420106198503150018');
    expect(JSON.stringify(view.body)).not.toContain('420102196505120037');
  });

  test('a reviewer gets the verdict of the real data (no issues for a complete record), not of the masked values it reads', async () => {
    const view = await reviewer().get(`/records/${id}`);
    expect(view.body.issues).toEqual([]);
    // The masked values themselves would read as invalid numbers: the verdict is not theirs.
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
    const masked = await evaluate(scenario.form.definition, resolvePack(Object.values(scenario.form.packs), scenario.year!), view.body.data, scenario.context);
    expect(masked.issues.map((i) => i.code)).toContain('format');
    expect((await candidate().get(`/records/${id}`)).body).not.toHaveProperty('issues');
  });

  test('POST /records/:id/reveal answers the value and records who revealed which path, never the value', async () => {
    const before = await reviewer().get(`/records/${id}`);
    const revealed = await reviewer().post(`/records/${id}/reveal`, { path: '/teachers/0/qualificationCertNo' });
    expect(revealed.status).toBe(200);
    expect(revealed.body).toEqual({ path: '/teachers/0/qualificationCertNo', value: '199742110420102196505120037' });

    const after = await reviewer().get(`/records/${id}`);
    expect(after.body.version).toBe(before.body.version);
    expect(after.body.status).toBe('submitted');
    expect(after.body.history.at(-1)).toEqual({
      action: 'reveal',
      from: 'submitted',
      to: 'submitted',
      actor: { id: 'unit-reviewer-7', role: 'reviewer' },
      at: expect.any(String),
      path: '/teachers/0/qualificationCertNo',
    });
    // The candidate sees the reveal in their history too; the value is nowhere in it.
    const own = await candidate().get(`/records/${id}`);
    expect(own.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reveal']);
    expect(JSON.stringify(own.body.history)).not.toContain('199742110420102196505120037');
    expect(log.text()).not.toContain('199742110420102196505120037');
  });

  test('only reviewers reveal, only masked fields, and a review action after a reveal still works', async () => {
    expect((await candidate().post(`/records/${id}/reveal`, { path: '/applicant/idNumber' })).status).toBe(403);
    const notMasked = await reviewer().post(`/records/${id}/reveal`, { path: '/applicant/name' });
    expect(notMasked.status).toBe(404);
    expect(notMasked.body.error.code).toBe('not-masked');
    for (const body of [{}, { path: 42 }, { path: 'applicant/idNumber' }]) {
      expect((await reviewer().post(`/records/${id}/reveal`, body)).status).toBe(422);
    }
    expect((await reviewer().post('/records/no-such-record/reveal', { path: '/applicant/idNumber' })).status).toBe(404);
    expect((await reviewer().post(`/records/${id}/reveal`, { path: '/applicant/idNumber' })).status).toBe(200);
    const returned = await reviewer().post(`/records/${id}/review`, { action: 'return', reason: '请补正', comments: { '/teachers/0/attachments/teacherIdCard': '反面不清晰' } });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reveal', 'reveal', 'return']);
    expect(getAt(returned.body.data, '/applicant/idNumber')).toBe('4201**********0018');
  });

  test('after a resubmission the reviewer gets the previous submission (masked) to mark what changed', async () => {
    const changed = setAt(data, '/experience/expertiseSummary', '擅长运用经方治疗脾胃病与失眠。') as Record<string, unknown>;
    const resubmitted = await candidate().post(`/records/${id}/submit`, { data: changed });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    expect(resubmitted.body).not.toHaveProperty('previous');

    const view = await reviewer().get(`/records/${id}`);
    expect(view.body.previous).toEqual({ at: expect.any(String), data: expect.any(Object) });
    expect(getAt(view.body.previous.data, '/experience/expertiseSummary')).toBe(getAt(data, '/experience/expertiseSummary'));
    expect(getAt(view.body.data, '/experience/expertiseSummary')).toBe('擅长运用经方治疗脾胃病与失眠。');
    expect(getAt(view.body.previous.data, '/applicant/idNumber')).toBe('4201**********0018');
    expect(JSON.stringify(view.body)).not.toContain('420106198503150018');
  });
});
