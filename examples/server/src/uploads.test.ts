/**
 * Uploads are checked by content before anything is stored (magic bytes, size while streaming,
 * pixel dimensions, whole structure), stored under a server-made id, and served back only to the
 * record's candidate and to reviewers.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { serverForFile } from './test-support/test-server.js';
import { exe, jpeg, pdf, png } from './test-support/tiny-files.js';

const server = serverForFile();
let candidate: ApiClient;
let recordId: string;
/** A physician-exam-materials record: its photo slot is the one with a pixel minimum (295×413) and a 30 KB limit. */
let examRecordId: string;

beforeAll(async () => {
  candidate = new ApiClient(server.url, { id: 'cand-zhang', role: 'candidate' });
  recordId = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
  examRecordId = (await candidate.post('/records', { form: 'physician-exam-materials' })).body.id;
  expect([recordId, examRecordId]).toEqual([expect.any(String), expect.any(String)]);
});

const filesOf = async (id: string) => (await candidate.get(`/records/${id}`)).body.files as { id: string }[];
/** The files of both records (the TCM one first). */
const files = async () => [...(await filesOf(recordId)), ...(await filesOf(examRecordId))];

describe('uploads', () => {
  test('a renamed .exe called photo.jpg is refused with the issue; nothing is stored', async () => {
    const response = await candidate.upload(recordId, 'applicantPhoto', undefined, exe(), 'photo.jpg', 'image/jpeg');
    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      error: { code: 'attachment-refused', message: expect.any(String) },
      issues: [{ path: '/attachments/applicantPhoto', code: 'attachment-type', message: '文件“photo.jpg”不是允许的类型（JPG），实际内容为 EXE', source: 'attachments' }],
    });
    expect(await files()).toEqual([]);
  });

  test('a file over the slot’s limit is refused while streaming (413); nothing is stored', async () => {
    const big = new Uint8Array(600 * 1024);
    big.set(jpeg(295, 413)); // a JPEG header, then far more bytes than the photo's 500 KB
    const response = await candidate.upload(recordId, 'applicantPhoto', undefined, big, 'photo.jpg', 'image/jpeg');
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('file-too-large');
    expect(response.body.issues).toEqual([expect.objectContaining({ path: '/attachments/applicantPhoto', code: 'attachment-size' })]);
    expect(await files()).toEqual([]);
  });

  test('a photo smaller than 295×413, a cut-off JPEG and a PDF in an image-only slot are refused', async () => {
    const small = await candidate.upload(examRecordId, 'photo', undefined, jpeg(200, 300), 'small.jpg');
    expect(small.status).toBe(422);
    expect(small.body.issues?.map((i) => i.code)).toEqual(['attachment-dimensions']);
    const whole = jpeg(295, 413);
    const cut = await candidate.upload(examRecordId, 'photo', undefined, whole.subarray(0, whole.length - 40), 'cut.jpg');
    expect(cut.status).toBe(422);
    expect(cut.body.issues?.map((i) => i.code)).toEqual(['attachment-type']);
    const doc = await candidate.upload(recordId, 'applicantIdCard', undefined, pdf(), 'id.pdf', 'image/png');
    expect(doc.status).toBe(422);
    expect(doc.body.issues?.map((i) => i.code)).toEqual(['attachment-type']);
    expect(await files()).toEqual([]);
  });

  test('the slot and the slot instance path are checked', async () => {
    const bytes = png(40, 30);
    expect((await candidate.upload(recordId, 'nope', undefined, bytes, 'a.png')).body.error.code).toBe('unknown-slot');
    expect((await candidate.upload(recordId, 'teacherIdCard', undefined, bytes, 'a.png')).body.error.code).toBe('path-required');
    expect((await candidate.upload(recordId, 'teacherIdCard', '/teachers/x/attachments/teacherIdCard', bytes, 'a.png')).body.error.code).toBe('invalid-path');
    expect((await candidate.upload(recordId, 'applicantIdCard', '/attachments/applicantPhoto', bytes, 'a.png')).body.error.code).toBe('invalid-path');
    expect(await files()).toEqual([]);
  });

  test('an accepted file: server id, sniffed type, real size and dimensions; served to its candidate and reviewers only', async () => {
    const bytes = png(40, 30);
    const response = await candidate.upload(recordId, 'teacherIdCard', '/teachers/0/attachments/teacherIdCard', bytes, '../../etc/身份证 正面.png', 'image/jpeg');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '身份证 正面.png', type: 'image/png', size: bytes.byteLength, width: 40, height: 30 });
    const id = response.body.id;
    expect(await files()).toEqual([expect.objectContaining({ id, slot: 'teacherIdCard', path: '/teachers/0/attachments/teacherIdCard' })]);

    const own = await candidate.download(id);
    expect(own).toMatchObject({ status: 200, type: 'image/png' });
    expect(own.bytes).toEqual(bytes);
    expect((await candidate.as({ id: 'reviewer', role: 'reviewer' }).download(id)).status).toBe(200);
    expect((await candidate.as({ id: 'cand-other', role: 'candidate' }).download(id)).status).toBe(403);
    expect((await candidate.as(undefined).download(id)).status).toBe(401);

    expect((await candidate.as({ id: 'cand-other', role: 'candidate' }).delete(`/files/${id}`)).status).toBe(403);
    expect((await candidate.delete(`/files/${id}`)).status).toBe(204);
    expect((await candidate.download(id)).status).toBe(404);
  });

  test('only the record’s candidate uploads', async () => {
    const bytes = jpeg(295, 413);
    expect((await candidate.as({ id: 'cand-other', role: 'candidate' }).upload(recordId, 'applicantPhoto', undefined, bytes, 'p.jpg')).status).toBe(403);
    expect((await candidate.as({ id: 'reviewer', role: 'reviewer' }).upload(recordId, 'applicantPhoto', undefined, bytes, 'p.jpg')).status).toBe(403);
    expect(await files()).toEqual([]);
  });

  test('an upload cancelled by its key is deleted if it was stored, and refused if it arrives later (409); the key is checked', async () => {
    const key = (n: number) => `cancel-test-${n}-${'x'.repeat(8)}`;
    const stored = await candidate.upload(recordId, 'applicantPhoto', undefined, jpeg(295, 413), 'p.jpg', 'image/jpeg', { 'x-upload-key': key(1) });
    expect(stored.status).toBe(201);
    expect(await files()).toEqual([expect.objectContaining({ id: stored.body.id })]);
    expect((await candidate.delete(`/records/${recordId}/uploads/${key(1)}`)).status).toBe(204);
    expect(await files()).toEqual([]);

    expect((await candidate.delete(`/records/${recordId}/uploads/${key(2)}`)).status).toBe(204);
    const late = await candidate.upload(recordId, 'applicantPhoto', undefined, jpeg(295, 413), 'late.jpg', 'image/jpeg', { 'x-upload-key': key(2) });
    expect(late.status).toBe(409);
    expect(late.body.error).toEqual({ code: 'upload-cancelled', message: '上传已取消，文件“late.jpg”未保存' });
    expect(await files()).toEqual([]);

    const other = candidate.as({ id: 'cand-other', role: 'candidate' });
    expect((await other.delete(`/records/${recordId}/uploads/${key(3)}`)).status).toBe(403);
    expect((await candidate.delete(`/records/${recordId}/uploads/bad key!`)).body.error.code).toBe('invalid-upload-key');
    const badHeader = await candidate.upload(recordId, 'applicantPhoto', undefined, jpeg(295, 413), 'p.jpg', 'image/jpeg', { 'x-upload-key': 'short' });
    expect(badHeader.status).toBe(422);
    expect(badHeader.body.error.code).toBe('invalid-upload-key');
    expect(await files()).toEqual([]);
  });
});
