/**
 * createServerUploader against the REAL reference server (examples/server), started for the
 * browser project by packages/ui/test/global-setup.ts on a temporary SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { builtinForm } from '@shenbao/forms';
import type { AttachmentSlot } from '@shenbao/core';
import { canvasImage, exeBytes, fileOf } from '../../../../packages/ui/test/browser-files.js';
import { uploaderAccounts } from '../../../../packages/ui/test/e2e-users.js';
import { referenceServerUrl, signIn } from '../../../../packages/ui/test/server-context.js';
import { credentialHeaders } from './server-credentials.js';
import { createServerUploader, UploadError } from './server-uploader.js';

const serverUrl = referenceServerUrl();

/** The candidate of the newest record, signed in with a test account's password: one declaration per
 * candidate, form and year (COMMON-11), so each record has its own account. */
let actor = await signIn('e2e-uploader');
let candidates = 0;
const slots = builtinForm('physician-exam-materials').definition.attachments;
const slot = (id: string): AttachmentSlot => slots.find((s) => s.id === id)!;

/** A fresh draft record of the physician exam materials form. */
async function newRecord(): Promise<string> {
  actor = await signIn(uploaderAccounts[candidates++]!);
  const response = await fetch(`${serverUrl}/records`, {
    method: 'POST',
    headers: { ...actor, 'content-type': 'application/json' },
    body: JSON.stringify({ form: 'physician-exam-materials' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The files the server holds for a record. */
async function storedFiles(recordId: string): Promise<{ id: string; slot: string; name: string }[]> {
  const response = await fetch(`${serverUrl}/records/${recordId}`, { headers: actor });
  return ((await response.json()) as { files: { id: string; slot: string; name: string }[] }).files;
}

describe('createServerUploader (PEM-9, PEM-1) against the reference server', () => {
  it('PEM-9: posts a real PNG as multipart; progress ends at 1; the answer is the stored reference; url(ref) serves the same bytes', async () => {
    const recordId = await newRecord();
    const uploader = createServerUploader({ baseUrl: `${serverUrl}/`, recordId, headers: actor });
    const bytes = await canvasImage('image/png', 64, 48, '#3366cc');
    const progress: number[] = [];
    const ref = await uploader.upload({
      file: fileOf(bytes, '身份证 正面.png', 'image/jpeg'),
      name: '身份证 正面.png',
      slot: slot('identity'),
      path: '/attachments/identity',
      onProgress: (f) => progress.push(f),
    });
    expect(ref).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '身份证 正面.png', type: 'image/png', size: bytes.byteLength, width: 64, height: 48 });
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
    expect(await storedFiles(recordId)).toEqual([expect.objectContaining({ id: ref.id, slot: 'identity', name: '身份证 正面.png' })]);

    expect(uploader.url(ref)).toBe(`${serverUrl}/files/${ref.id}`);
    const served = await fetch(uploader.url(ref), { headers: actor });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
  });

  it('PEM-9: a renamed .exe called photo.jpg is refused with the server’s Chinese message; nothing is stored', async () => {
    const recordId = await newRecord();
    const uploader = createServerUploader({ baseUrl: serverUrl, recordId, headers: credentialHeaders({ token: () => actor.authorization.slice('Bearer '.length) }) });
    const refused = await uploader
      .upload({ file: fileOf(exeBytes(), 'photo.jpg', 'image/jpeg'), name: 'photo.jpg', slot: slot('photo'), path: '/attachments/photo', onProgress: () => {} })
      .then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(UploadError);
    expect(refused).toMatchObject({
      status: 422,
      code: 'attachment-refused',
      message: '文件“photo.jpg”不是允许的类型（JPG），实际内容为 EXE',
      issues: [{ path: '/attachments/photo', code: 'attachment-type', message: '文件“photo.jpg”不是允许的类型（JPG），实际内容为 EXE' }],
    });
    expect(await storedFiles(recordId)).toEqual([]);
  });

  it('PEM-1: a PNG in the JPEG-only photo slot is refused by the server with its message', async () => {
    const recordId = await newRecord();
    const uploader = createServerUploader({ baseUrl: serverUrl, recordId, headers: actor });
    const png = await canvasImage('image/png', 295, 413);
    const refused = await uploader
      .upload({ file: fileOf(png, 'photo.png'), name: 'photo.png', slot: slot('photo'), path: '/attachments/photo', onProgress: () => {} })
      .then(() => undefined, (e: unknown) => e);
    expect(refused).toMatchObject({ status: 422, message: '文件“photo.png”不是允许的类型（JPG），实际内容为 PNG' });
  });

  it('maps other 4xx answers to their Chinese message: unknown record (404), missing actor (401)', async () => {
    const png = fileOf(await canvasImage('image/png', 8, 8), 'a.png');
    const request = { file: png, name: 'a.png', slot: slot('identity'), path: '/attachments/identity', onProgress: () => {} };
    const unknown = await createServerUploader({ baseUrl: serverUrl, recordId: '00000000-0000-4000-8000-000000000000', headers: actor })
      .upload(request)
      .then(() => undefined, (e: unknown) => e);
    expect(unknown).toMatchObject({ status: 404, code: 'not-found', message: '申报记录不存在' });
    const anonymous = await createServerUploader({ baseUrl: serverUrl, recordId: await newRecord() })
      .upload(request)
      .then(() => undefined, (e: unknown) => e);
    expect(anonymous).toMatchObject({ status: 401, code: 'auth-required' });
    expect((anonymous as Error).message).toMatch(/^请先登录/);
  });

  it('aborting through the signal rejects with an AbortError and leaves nothing on the server, however far the upload had got', async () => {
    const recordId = await newRecord();
    const uploader = createServerUploader({ baseUrl: serverUrl, recordId, headers: actor });
    const bytes = await canvasImage('image/png', 200, 200);
    // Abort at different moments: before the bytes leave, once they are all sent (the server may
    // already have stored the file), and a little later. Whatever the timing, an upload that
    // rejected with AbortError is not stored, and one that resolved is.
    const moments: ((abort: () => void) => (fraction: number) => void)[] = [
      (abort) => { abort(); return () => {}; },
      (abort) => (fraction) => { if (fraction >= 1) abort(); },
      (abort) => { setTimeout(abort, 5); return () => {}; },
      (abort) => { setTimeout(abort, 30); return () => {}; },
    ];
    const kept: string[] = [];
    let aborted = 0;
    for (const [i, moment] of moments.entries()) {
      const controller = new AbortController();
      const name = `abort-${i}.png`;
      const onProgress = (() => {
        let watch: ((fraction: number) => void) | undefined;
        return { start: () => (watch = moment(() => controller.abort())), progress: (f: number) => watch?.(f) };
      })();
      const pending = uploader.upload({ file: fileOf(bytes, name), name, slot: slot('identity'), path: '/attachments/identity', onProgress: onProgress.progress, signal: controller.signal });
      onProgress.start();
      const outcome = await pending.then((ref) => ref, (e: unknown) => e);
      if (outcome instanceof DOMException) {
        expect(outcome.name).toBe('AbortError');
        aborted++;
      } else {
        expect(outcome).toMatchObject({ name });
        kept.push(name);
      }
    }
    expect(aborted).toBeGreaterThan(0);
    expect((await storedFiles(recordId)).map((f) => f.name).sort()).toEqual(kept.sort());

    const before = new AbortController();
    before.abort();
    const early = await uploader
      .upload({ file: fileOf(bytes, 'b.png'), name: 'b.png', slot: slot('identity'), path: '/attachments/identity', onProgress: () => {}, signal: before.signal })
      .then(() => undefined, (e: unknown) => e);
    expect((early as DOMException).name).toBe('AbortError');
    expect((await storedFiles(recordId)).map((f) => f.name).sort()).toEqual(kept.sort());
  });

  it('a network failure rejects with an UploadError in Chinese (status 0), or in English with locale en', async () => {
    // Port 9 (discard) is closed here and refused by Chromium anyway: the request never gets an answer.
    const request = { file: fileOf(await canvasImage('image/png', 8, 8), 'a.png'), name: 'a.png', slot: slot('identity'), path: '/attachments/identity', onProgress: () => {} };
    const zh = await createServerUploader({ baseUrl: 'http://127.0.0.1:9', recordId: 'r' }).upload(request).then(() => undefined, (e: unknown) => e);
    expect(zh).toMatchObject({ status: 0, code: 'network', message: '网络连接失败，文件未上传，请检查网络后重试' });
    const en = await createServerUploader({ baseUrl: 'http://127.0.0.1:9', recordId: 'r', locale: 'en' }).upload(request).then(() => undefined, (e: unknown) => e);
    expect((en as Error).message).toMatch(/^Network error/);
  });
});
