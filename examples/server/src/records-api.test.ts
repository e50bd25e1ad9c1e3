/**
 * The API around the lifecycle: forms, actors, drafts (incomplete data is saved, unsafe keys are
 * dropped and reported, oversized data is refused), ownership, review input and error shapes.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { serverForFile } from './test-support/test-server.js';

const server = serverForFile();
let candidate: ApiClient;

beforeAll(async () => {
  candidate = new ApiClient(server.url, { id: 'cand-zhang', role: 'candidate' });
});

describe('forms', () => {
  test('GET /forms lists every built-in form with its years', async () => {
    const response = await candidate.as(undefined).get('/forms');
    expect(response.status).toBe(200);
    expect(response.body.forms).toEqual(expect.arrayContaining([{ id: 'tcm-expertise', title: expect.objectContaining({ 'zh-CN': expect.any(String) }), years: [2024], newestYear: 2024 }]));
  });

  test('GET /forms/:id gives the definition and the resolved pack; unknown forms and years are 404', async () => {
    const response = await candidate.get('/forms/tcm-expertise?year=2024');
    expect(response.body).toMatchObject({ id: 'tcm-expertise', year: 2024, years: [2024], pack: { year: 2024, chain: [2024] } });
    expect(response.body.pack.rules.length).toBeGreaterThan(0);
    expect((await candidate.get('/forms/nope')).body.error.code).toBe('unknown-form');
    expect((await candidate.get('/forms/tcm-expertise?year=1999')).status).toBe(404);
  });
});

describe('records and drafts', () => {
  test('actors: no credential is 401, only candidates create records', async () => {
    const anonymous = await candidate.as(undefined).post('/records', { form: 'tcm-expertise' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toEqual({ code: 'auth-required', message: expect.stringContaining('请先登录') });
    const badRole = await new ApiClient(server.url, { id: 'x', role: 'admin' as never }).post('/records', { form: 'tcm-expertise' });
    expect(badRole.status).toBe(401);
    expect((await candidate.as({ id: 'r', role: 'reviewer' }).post('/records', { form: 'tcm-expertise' })).status).toBe(403);
    expect((await candidate.post('/records', { form: 'nope' })).status).toBe(404);
    expect((await candidate.post('/records', { form: 'tcm-expertise', year: 1999 })).body.error.code).toBe('unknown-year');
  });

  test('a draft saves incomplete data, drops unsafe keys with an issue, refuses oversized data', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-draft', role: 'candidate' });
    const id = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
    const body = '{"data":{"region":"4201","constructor":{"x":1},"applicant":{"__proto__":{"admin":true},"name":"张"}}}';
    const saved = await candidate.put(`/records/${id}/draft`, body);
    expect(saved.status).toBe(200);
    expect(saved.body.data).toEqual({ region: '4201', applicant: { name: '张' } });
    expect(saved.body.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['/constructor', 'unsafe-key'],
      ['/applicant/__proto__', 'unsafe-key'],
    ]);

    const tooLong = await candidate.put(`/records/${id}/draft`, { data: { region: 'x'.repeat(100_001) } });
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.issues).toEqual([expect.objectContaining({ path: '/region', code: 'too-large' })]);
    const tooMany = await candidate.put(`/records/${id}/draft`, { data: { teachers: Array.from({ length: 1001 }, () => ({})) } });
    expect(tooMany.status).toBe(413);
    const overBody = await candidate.put(`/records/${id}/draft`, { data: { a: 'x'.repeat(3 * 1024 * 1024) } });
    expect(overBody.status).toBe(413);
    expect(overBody.body.error.code).toBe('too-large');
    const notObject = await candidate.put(`/records/${id}/draft`, { data: [1, 2] });
    expect(notObject.status).toBe(422);
    const malformed = await candidate.put(`/records/${id}/draft`, '{"data":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid-json');

    const now = await candidate.get(`/records/${id}`);
    expect(now.body).toMatchObject({ data: { region: '4201', applicant: { name: '张' } }, version: 2, status: 'draft' });
  });

  test('another candidate can neither read nor write a record; a reviewer reads it', async () => {
    const id = (await candidate.post('/records', { form: 'health-qualification' })).body.id;
    const other = candidate.as({ id: 'cand-other', role: 'candidate' });
    expect((await other.get(`/records/${id}`)).status).toBe(403);
    expect((await other.put(`/records/${id}/draft`, { data: {} })).status).toBe(403);
    expect((await other.post(`/records/${id}/submit`, { data: {} })).status).toBe(403);
    expect((await candidate.as({ id: 'r', role: 'reviewer' }).get(`/records/${id}`)).status).toBe(200);
    expect((await candidate.get('/records/no-such-record')).status).toBe(404);
  });

  test('an incomplete submission is 422 with the issues; a draft cannot be reviewed', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-incomplete', role: 'candidate' });
    const id = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
    const response = await candidate.post(`/records/${id}/submit`, { data: { region: '420106' } });
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({ code: 'incomplete', message: expect.any(String) });
    expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/applicant', code: 'required', message: expect.stringContaining('个人信息') })]));
    expect((await candidate.get(`/records/${id}`)).body).toMatchObject({ status: 'draft', data: {}, version: 1 });

    const reviewer = candidate.as({ id: 'r', role: 'reviewer' });
    const early = await reviewer.post(`/records/${id}/review`, { action: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.error).toEqual({ code: 'illegal-transition', message: '记录当前状态为“草稿”，不能“审核通过”' });
    expect((await candidate.post(`/records/${id}/review`, { action: 'approve' })).status).toBe(403);
    expect((await reviewer.post(`/records/${id}/review`, { action: 'submit' })).body.error.code).toBe('invalid-action');
  });
});

describe('lists', () => {
  test('GET /records: a candidate sees their own records, a reviewer filters all by status', async () => {
    const other = candidate.as({ id: 'cand-list', role: 'candidate' });
    const a = (await other.post('/records', { form: 'tcm-expertise' })).body.id;
    const b = (await other.post('/records', { form: 'health-qualification' })).body.id;
    const own = await other.get('/records');
    expect(own.status).toBe(200);
    expect(own.body.records.map((r: { id: string }) => r.id).sort()).toEqual([a, b].sort());
    expect(own.body.records[0]).not.toHaveProperty('data');
    const drafts = await candidate.as({ id: 'r', role: 'reviewer' }).get('/records?status=draft&form=tcm-expertise');
    expect(drafts.body.records.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([a]));
    expect(drafts.body.records.map((r: { id: string }) => r.id)).not.toContain(b);
    expect(drafts.body.records.every((r: { status: string }) => r.status === 'draft')).toBe(true);
    expect((await other.get('/records?status=nope')).status).toBe(422);
  });
});

describe('review input', () => {
  test('a return needs a reason; comments must name a section, slot or field and be non-empty; nothing is stored', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-review-input', role: 'candidate' });
    const id = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');
    const { data } = await uploadScenarioFiles(candidate, id, scenario.form.definition, scenario.data);
    expect((await candidate.post(`/records/${id}/submit`, { data })).status).toBe(200);
    const before = await candidate.get(`/records/${id}`);

    const reviewer = candidate.as({ id: 'r', role: 'reviewer' });
    const noReason = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toEqual({ code: 'reason-required', message: '“退回”须填写原因' });
    const badTarget = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '退回', comments: { 'no-such-section': '意见' } });
    expect(badTarget.status).toBe(422);
    expect(badTarget.body.issues).toEqual([expect.objectContaining({ path: '/comments/no-such-section', code: 'comment-target' })]);
    const empty = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '退回', comments: { applicantPhoto: '  ' } });
    expect(empty.body.issues).toEqual([expect.objectContaining({ code: 'required' })]);
    const notObject = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '退回', comments: ['x'] });
    expect(notObject.status).toBe(422);
    expect((await candidate.get(`/records/${id}`)).body).toEqual(before.body);

    // The candidate may withdraw until the review starts.
    const withdrawn = await candidate.post(`/records/${id}/withdraw`, { reason: '还要补充材料' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'draft', allowedActions: ['submit', 'edit'] });
    expect(withdrawn.body.history.at(-1)).toMatchObject({ action: 'withdraw', from: 'submitted', to: 'draft', reason: '还要补充材料' });
  });

  test('unknown routes answer in the same error shape', async () => {
    const response = await candidate.get('/nope');
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not-found', message: expect.any(String) } } });
  });
});
