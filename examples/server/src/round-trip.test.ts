/**
 * The whole life of a declaration against the real server (listening on a loopback port, SQLite in
 * a temporary file): a candidate uploads real files, saves drafts, submits; a reviewer starts the
 * review and returns the record with comments per slot and section; the server is restarted on the
 * same database; the candidate replaces a file and resubmits; the reviewer approves. Once for
 * tcm-expertise (师承) and once for a second built-in form. The log is searched for ID numbers.
 */
import { getAt, setAt, type AttachmentRef } from '@shenbao/core';
import { evaluate, type ResolvedPack } from '@shenbao/rules';
import { afterAll, describe, expect, test } from 'vitest';
import { chinaDate } from './services.js';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase, secondFormCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { LogSink, startServer, tempDatabase, type TestServer } from './test-support/test-server.js';
import { jpeg } from './test-support/tiny-files.js';

const db = tempDatabase();
const log = new LogSink();
const second = secondFormCase();
/** Context facts the host gives the rules: the scenario's own (the server's clock reads 2024-05-01). */
const context = (record: { form: string }, now: Date) => ({ ...(record.form === second.form.id ? second.context : {}), today: chinaDate(now) });
let server: TestServer;
const start = async () => (server = await startServer(db.dbFile, { log, context }));

/** Every ID number (18 characters) in a declaration, to look for in the log. */
function idNumbers(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^\d{17}[\dX]$/.test(value)) out.add(value);
  else if (Array.isArray(value)) for (const item of value) idNumbers(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) idNumbers(item, out);
  return out;
}

afterAll(async () => {
  await server?.close();
  db.remove();
});

describe('round trip on the real server', () => {
  test('tcm-expertise 师承: upload, draft, submit, review, return with comments, restart, replace a file, resubmit, approve', async () => {
    await start();
    let candidate = new ApiClient(server.url, { id: 'cand-zhang', role: 'candidate' });
    let reviewer = candidate.as({ id: 'unit-reviewer-1', role: 'reviewer' });
    const scenario = scenarioCase('tcm-expertise', 'shicheng-pass.json');

    // What a browser gets: the definition and the resolved newest pack.
    const form = await candidate.get('/forms/tcm-expertise');
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ id: 'tcm-expertise', year: 2024, definition: { id: 'tcm-expertise' }, pack: { form: 'tcm-expertise', year: 2024 } });

    const created = await candidate.post('/records', { form: 'tcm-expertise' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ form: 'tcm-expertise', year: 2024, status: 'draft', candidateId: 'cand-zhang', history: [], files: [] });
    const id: string = created.body.id;

    // An incomplete draft is fine.
    const partial = await candidate.put(`/records/${id}/draft`, { data: { applicant: scenario.data.applicant, region: '420106' } });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ status: 'draft', issues: [], data: { region: '420106' } });

    // Real files for every slot the declaration uses, including the photo (the 师承 form sets no pixel
    // minimum any more — the manual names none — so it is the uploader's smallest, 24×24): the stored
    // reference carries the type and pixels the server read from the bytes.
    const { data, bytes } = await uploadScenarioFiles(candidate, id, scenario.form.definition, scenario.data);
    expect(scenario.form.definition.attachments.find((slot) => slot.id === 'applicantPhoto')?.image).toBeUndefined();
    expect(getAt(data, '/attachments/applicantPhoto/0')).toMatchObject({ type: 'image/jpeg', width: 24, height: 24 });
    expect((await candidate.put(`/records/${id}/draft`, { data })).status).toBe(200);

    // The browser's verdict with what GET /forms/:id handed out: the same as the server's below.
    const local = await evaluate(form.body.definition, form.body.pack as ResolvedPack, data, { today: '2024-05-01' });
    expect(local.issues).toEqual([]);

    // Submit the saved draft (no data in the body).
    const submitted = await candidate.post(`/records/${id}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.data).toEqual(data);
    expect(submitted.body.files).toHaveLength(22);
    expect(submitted.body.history).toEqual([
      { action: 'submit', from: 'draft', to: 'submitted', actor: { id: 'cand-zhang', role: 'candidate' }, at: expect.stringMatching(/^2024-05-01T/) },
    ]);

    // Submission locks the materials and the data (PEM-10).
    const locked = await candidate.upload(id, 'applicantPhoto', undefined, jpeg(300, 420), 'photo.jpg', 'image/jpeg');
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('record-locked');
    expect((await candidate.put(`/records/${id}/draft`, { data })).status).toBe(409);

    // The unit starts the review; the candidate can no longer withdraw.
    const review = await reviewer.post(`/records/${id}/review`, { action: 'start-review' });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ status: 'submitted', reviewStarted: true, allowedActions: ['approve', 'return', 'allow-modification'] });
    const withdraw = await candidate.post(`/records/${id}/withdraw`);
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.error).toMatchObject({ code: 'illegal-transition', message: expect.stringContaining('审核已开始') });

    // Returned with comments per slot instance, slot and section.
    const section = scenario.form.definition.layout.steps[0]!.sections[0]!.id;
    const comments = {
      '/attachments/applicantPhoto': '照片背景须为白色，请重新上传',
      teacherTitleCert: '职称证书须为最新聘任的证书',
      [section]: '请核对个人信息',
    };
    const returned = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '材料不符合要求', comments });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', comments });

    const seen = await candidate.get(`/records/${id}`);
    expect(seen.body).toMatchObject({ status: 'returned', comments, allowedActions: ['submit', 'edit'], data });
    expect(seen.body.history.at(-1)).toMatchObject({ action: 'return', actor: { id: 'unit-reviewer-1', role: 'reviewer' }, reason: '材料不符合要求', comments });

    // Restart in the middle: a new app on the same database file loses nothing.
    await server.close();
    await start();
    candidate = candidate.at(server.url);
    reviewer = reviewer.at(server.url);
    const afterRestart = await candidate.get(`/records/${id}`);
    expect(afterRestart.body).toEqual(seen.body);
    const oldPhoto = getAt(data, '/attachments/applicantPhoto/0') as AttachmentRef;
    const download = await candidate.download(oldPhoto.id);
    expect(download).toMatchObject({ status: 200, type: 'image/jpeg' });
    expect(download.bytes).toEqual(bytes.get('/attachments/applicantPhoto/0'));

    // The candidate replaces the photo (delete, upload anew) and resubmits.
    expect((await candidate.delete(`/files/${oldPhoto.id}`)).status).toBe(204);
    const photo = await candidate.upload(id, 'applicantPhoto', undefined, jpeg(358, 441), 'new-photo.jpg', 'image/jpeg');
    expect(photo.status).toBe(201);
    expect(photo.body).toEqual({ id: expect.any(String), name: 'new-photo.jpg', type: 'image/jpeg', size: jpeg(358, 441).byteLength, width: 358, height: 441 });
    const replaced = setAt(data, '/attachments/applicantPhoto/0', photo.body);
    const resubmitted = await candidate.post(`/records/${id}/submit`, { data: replaced });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', reviewStarted: false, data: replaced });
    expect((await candidate.download(oldPhoto.id)).status).toBe(404);

    const approved = await reviewer.post(`/records/${id}/review`, { action: 'approve', reason: '材料齐全' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const final = await candidate.get(`/records/${id}`);
    expect(final.body).toMatchObject({ status: 'approved', allowedActions: [], data: replaced, comments });
    expect(final.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'start-review', 'return', 'submit', 'approve']);
    expect(final.body.history.map((h: { actor: { id: string } }) => h.actor.id)).toEqual(['cand-zhang', 'unit-reviewer-1', 'unit-reviewer-1', 'cand-zhang', 'unit-reviewer-1']);
    expect((await candidate.put(`/records/${id}/draft`, { data: replaced })).status).toBe(409);
  });

  test(`second form ${second.form.id} (${second.file}): submit, return with a slot comment, resubmit, approve, allow modification`, async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-li', role: 'candidate' });
    const reviewer = candidate.as({ id: 'authority-reviewer', role: 'reviewer' });

    const created = await candidate.post('/records', second.year === undefined ? { form: second.form.id } : { form: second.form.id, year: second.year });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const { data, refs } = await uploadScenarioFiles(candidate, id, second.form.definition, second.data);
    expect(refs.size).toBeGreaterThan(0);

    const submitted = await candidate.post(`/records/${id}/submit`, { data });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', data });
    for (const [pointer, value] of Object.entries(second.computed)) expect(getAt(submitted.body.data, pointer) ?? value).toEqual(value);

    const [slotPath] = refs.keys();
    const slotComment = { [slotPath!.replace(/\/\d+$/, '')]: '图片不清晰，请重新上传' };
    const returned = await reviewer.post(`/records/${id}/review`, { action: 'return', reason: '请补正材料', comments: slotComment });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect((await candidate.get(`/records/${id}`)).body).toMatchObject({ status: 'returned', comments: slotComment });

    const resubmitted = await candidate.post(`/records/${id}/submit`, { data });
    expect(resubmitted.status).toBe(200);
    expect((await reviewer.post(`/records/${id}/review`, { action: 'approve' })).body.status).toBe('approved');

    // 允许修改 after approval: back to draft for the candidate, files unlocked again.
    const unlocked = await reviewer.post(`/records/${id}/review`, { action: 'allow-modification', reason: '学历信息需更新' });
    expect(unlocked.body).toMatchObject({ status: 'draft', modificationAllowed: true });
    expect((await candidate.get(`/records/${id}`)).body.allowedActions).toEqual(['submit', 'edit']);
    const again = await candidate.post(`/records/${id}/submit`, { data });
    expect(again.status).toBe(200);
    expect(again.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'return', 'submit', 'approve', 'allow-modification', 'submit']);
  });

  test('no ID number reaches the log', async () => {
    const candidate = new ApiClient(server.url, { id: 'cand-wang', role: 'candidate' });
    const created = await candidate.post('/records', { form: 'tcm-expertise' });
    const applicant = scenarioCase('tcm-expertise', 'shicheng-pass.json').data.applicant as { idNumber: string };
    // A refused submission, a malformed body and an oversized field, each carrying an ID number.
    expect((await candidate.post(`/records/${created.body.id}/submit`, { data: { applicant } })).status).toBe(422);
    expect((await candidate.put(`/records/${created.body.id}/draft`, `{"data":{"applicant":{"idNumber":"${applicant.idNumber}"`)).status).toBe(400);
    expect((await candidate.put(`/records/${created.body.id}/draft`, { data: { applicant, note: 'x'.repeat(100_001) } })).status).toBe(413);

    const text = log.text();
    expect(text).toContain('request completed');
    expect(text).toContain('"statusCode":422');
    const numbers = new Set([...idNumbers(scenarioCase('tcm-expertise', 'shicheng-pass.json').data), ...idNumbers(second.data)]);
    expect(numbers.size).toBeGreaterThan(2);
    for (const number of numbers) expect(text).not.toContain(number);
    expect(text).not.toMatch(/(?<![\dX])\d{17}[\dX](?![\dX])/);
  });
});
