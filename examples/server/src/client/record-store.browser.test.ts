/**
 * PEM-9, COMMON-6 end to end against the REAL reference server: a `<shenbao-form>` with no
 * `uploader` and no `record-id` whose `recordStore` is the reference server's
 * (`createServerRecordStore`) uploads through it. The first upload opens a draft record there
 * (one, however many files are picked at once), the form takes its id (`record-id`,
 * `shenbao-record`), keeps it with the draft, and a reload continues on the same record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoForm } from '../../../../packages/ui/src/elements/form/form.js';
import type { ShenbaoUpload } from '../../../../packages/ui/src/elements/upload/upload.js';
import { canvasImage } from '../../../../packages/ui/test/browser-files.js';
import { referenceServerUrl, signIn } from '../../../../packages/ui/test/server-context.js';
import { builtinForm, currentStep, deepText, freshPage, mountForm, passingScenario, press } from '../../../../packages/ui/src/e2e/e2e-support.js';
import { createServerRecordStore, ServerDraftStore } from './index.js';

const serverUrl = referenceServerUrl();
const pem = builtinForm('physician-exam-materials');
const draftKey = 'e2e:default-uploader';

/** A white JPEG drawn and encoded by the browser. */
const jpeg = (width: number, height: number): Promise<Uint8Array> => canvasImage('image/jpeg', width, height);

/** A passing declaration without its photo and identity images, walked up to the materials step. */
async function atMaterials(props: Partial<ShenbaoForm>): Promise<ShenbaoForm> {
  const data = structuredClone(passingScenario(pem).data) as { attachments: Record<string, unknown> };
  delete data.attachments.photo;
  delete data.attachments.identity;
  const form = await mountForm(pem, { value: data, draftKey, ...props });
  const materials = pem.definition.layout.steps.findIndex((s) => s.id === 'materials');
  while (currentStep(form) < materials) {
    await press(userEvent, form, '下一步');
  }
  return form;
}

function slotOf(form: ShenbaoForm, id: string): ShenbaoUpload {
  const upload = form.shadowRoot!.querySelector<ShenbaoUpload>(`shenbao-upload[data-path="/attachments/${id}"]`);
  expect(upload, `slot ${id} is rendered`).not.toBeNull();
  return upload!;
}

async function pick(upload: ShenbaoUpload, files: File[]): Promise<void> {
  await userEvent.upload(upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"][data-picker]')!, files);
}

async function api<T>(path: string, actor: Record<string, string>): Promise<T> {
  const response = await fetch(serverUrl + path, { headers: actor });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe('the record store of the reference server (`createServerRecordStore`) as the form’s uploader', () => {
  freshPage();

  it('the first uploads open one draft record; the files are stored under it; a reload continues on it', async () => {
    const actor = await signIn('e2e-default-uploader');
    const form = await atMaterials({ recordStore: createServerRecordStore({ baseUrl: serverUrl, form: 'physician-exam-materials', headers: actor }) });
    const opened: string[] = [];
    form.addEventListener('shenbao-record', (e) => opened.push(e.detail.recordId));
    expect(form.recordId).toBeUndefined();

    // The identity front and the photo picked together (their uploads may overlap), then the back: one record.
    const identity = slotOf(form, 'identity');
    await Promise.all([
      pick(identity, [new File([(await jpeg(320, 200)) as BlobPart], '身份证正面.jpg', { type: 'image/jpeg' })]),
      pick(slotOf(form, 'photo'), [new File([(await jpeg(295, 413)) as BlobPart], 'photo.jpg', { type: 'image/jpeg' })]),
    ]);
    await expect.poll(() => ((form.value as { attachments: { identity?: unknown[] } }).attachments.identity ?? []).length, { timeout: 5000 }).toBe(1);
    await pick(identity, [new File([(await jpeg(320, 201)) as BlobPart], '身份证反面.jpg', { type: 'image/jpeg' })]);
    await expect.poll(() => ((form.value as { attachments: { identity?: unknown[] } }).attachments.identity ?? []).length, { timeout: 5000 }).toBe(2);
    await expect.poll(() => ((form.value as { attachments: { photo?: unknown[] } }).attachments.photo ?? []).length, { timeout: 5000 }).toBe(1);
    expect(opened).toHaveLength(1);
    const recordId = opened[0]!;
    expect(form.recordId).toBe(recordId);
    await form.updateComplete;
    expect(form.getAttribute('record-id')).toBe(recordId);

    const { records } = await api<{ records: { id: string; form: string }[] }>('/records', actor);
    expect(records).toEqual([expect.objectContaining({ id: recordId, form: 'physician-exam-materials' })]);
    const stored = (await api<{ files: { id: string; name: string; slot: string }[] }>(`/records/${recordId}`, actor)).files;
    const { identity: ids, photo } = (form.value as { attachments: { identity: { id: string }[]; photo: { id: string }[] } }).attachments;
    expect(stored.map((f) => f.id).sort()).toEqual([...ids, ...photo].map((r) => r.id).sort());
    expect(stored.map((f) => `${f.slot}:${f.name}`).sort()).toEqual(['identity:身份证反面.jpg', 'identity:身份证正面.jpg', 'photo:photo.jpg']);

    // A reload: a new element with the same draft key and a record store continues on the same record.
    form.remove();
    const again = await mountForm(pem, { draftKey, recordStore: createServerRecordStore({ baseUrl: serverUrl, form: 'physician-exam-materials', headers: actor }) });
    await expect.poll(() => again.recordId).toBe(recordId);
    await expect.poll(() => ((again.value as { attachments?: { identity?: unknown[] } }).attachments?.identity ?? []).length).toBe(2);
  });

  it('a server that refuses the record (not signed in) shows its Chinese message at the slot and uploads nothing', async () => {
    const form = await atMaterials({ recordStore: createServerRecordStore({ baseUrl: serverUrl, form: 'physician-exam-materials' }) });
    const photo = slotOf(form, 'photo');
    await pick(photo, [new File([(await jpeg(295, 413)) as BlobPart], 'photo.jpg', { type: 'image/jpeg' })]);
    await expect.poll(() => deepText(photo.shadowRoot!)).toContain('请先登录');
    expect(deepText(photo.shadowRoot!)).toContain('photo.jpg');
    expect(form.recordId).toBeUndefined();
    expect((form.value as { attachments: { photo?: unknown[] } }).attachments.photo ?? []).toEqual([]);
  });

  it('without `recordStore` and `uploader` nothing is sent anywhere: the slot says no uploader is configured', async () => {
    const form = await atMaterials({});
    const photo = slotOf(form, 'photo');
    await pick(photo, [new File([(await jpeg(295, 413)) as BlobPart], 'photo.jpg', { type: 'image/jpeg' })]);
    await expect.poll(() => deepText(photo.shadowRoot!)).toContain('未配置上传服务，“photo.jpg”未上传');
  });
});

describe('the record store and the draft store of the reference server, by themselves', () => {
  afterEach(() => localStorage.clear());

  it('open() answers the candidate’s record, the same one again (409 record-exists); ServerDraftStore keeps the draft here and on the server', async () => {
    const actor = await signIn('e2e-default-uploader');
    const store = createServerRecordStore({ baseUrl: serverUrl, form: 'tcm-expertise', headers: actor });
    const id = await store.open();
    expect(await store.open()).toBe(id);

    const saved: (Error | undefined)[] = [];
    const drafts = new ServerDraftStore({ baseUrl: serverUrl, recordId: id, headers: actor, delay: 10, onSaved: (error) => saved.push(error) });
    await drafts.save('e2e:server-drafts', { applicant: { name: '张三' } });
    await drafts.save('e2e:server-drafts#step', 2); // kept in this browser only
    await expect.poll(() => saved.length).toBe(1);
    expect(saved).toEqual([undefined]);
    const record = await api<{ data: unknown }>(`/records/${id}`, actor);
    expect(record.data).toEqual({ applicant: { name: '张三' } });
    expect(await drafts.load('e2e:server-drafts')).toEqual({ applicant: { name: '张三' } });

    // Another browser (no local draft) starts from the server's data.
    localStorage.clear();
    const elsewhere = new ServerDraftStore({ baseUrl: serverUrl, recordId: id, headers: actor, serverData: record.data });
    expect(await elsewhere.load('e2e:server-drafts')).toEqual({ applicant: { name: '张三' } });

    // Not signed in: the server refuses, in Chinese, and the store says so.
    const anonymous = new ServerDraftStore({ baseUrl: serverUrl, recordId: id, delay: 10, onSaved: (error) => saved.push(error) });
    await anonymous.save('e2e:server-drafts', { applicant: { name: '李四' } });
    await expect.poll(() => saved.length).toBe(2);
    expect(saved[1]?.message).toMatch(/^请先登录/);
    expect((await api<{ data: unknown }>(`/records/${id}`, actor)).data).toEqual({ applicant: { name: '张三' } });
  });
});
