/**
 * `<shenbao-upload>` in Chromium with real files (PNG and JPEG encoded by the browser, a renamed
 * executable) and a real in-page uploader that reads the bytes, reports progress in four steps and
 * answers references with the type sniffed from the content.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { checkFile, type AttachmentRef, type AttachmentSlot } from '@shenbao/core';
import { builtinForm } from '@shenbao/forms';
import type { SlotState } from '@shenbao/rules';
import { canvasImage, exeBytes, fileOf, pdfBytes, withExifOrientation } from '../../../test/browser-files.js';
import type { FieldChangeDetail } from '../../events/shenbao-field-change-event.js';
import type { UploadRequest, Uploader } from '../../types.js';
import { ShenbaoUpload } from './upload.js';

if (!customElements.get('shenbao-upload')) customElements.define('shenbao-upload', ShenbaoUpload);

const pem = builtinForm('physician-exam-materials').definition.attachments;
const slot = (id: string, from: readonly AttachmentSlot[] = pem): AttachmentSlot => from.find((s) => s.id === id)!;
const photo = slot('photo'); // JPG, 30 KB, 1 file, at least 295 × 413 (PEM-1)
const identity = slot('identity'); // JPG/PNG, exactly 2 (PEM-2)
const graduation = slot('graduationCert'); // JPG/PNG, 1–10
const teacherIdCard = slot('teacherIdCard', builtinForm('tcm-expertise').definition.attachments); // TCM-5

/**
 * A real uploader in the page. Each upload reads the file, then takes four progress steps and a
 * last one before answering; with `manual`, each step waits for {@link release}. Aborting rejects
 * with an AbortError. References carry the type, size and pixels sniffed by core's checkFile.
 */
class PageUploader implements Uploader {
  readonly requests: UploadRequest[] = [];
  readonly stored = new Map<string, { bytes: Uint8Array; type: string }>();
  /** When set, uploads fail with it after their progress steps (a server refusal, a network error). */
  failure: Error | undefined;
  private waiting: (() => void)[] = [];
  private waitingFor: UploadRequest[] = [];
  private count = 0;
  private readonly urls = new Map<string, string>();

  constructor(private readonly manual = false) {}

  /** Uploads waiting for their next step. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Lets one upload (by its request) take its next step. */
  releaseFor(request: UploadRequest): void {
    const at = this.waitingFor.indexOf(request);
    if (at < 0) return;
    const go = this.waiting[at]!;
    this.waiting.splice(at, 1);
    this.waitingFor.splice(at, 1);
    go();
  }

  /** Lets every waiting upload take its next step. */
  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    this.waitingFor = [];
    for (const go of waiting) go();
  }

  private step(request: UploadRequest): Promise<void> {
    const signal = request.signal;
    return new Promise((resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      const go = () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      if (this.manual) {
        this.waiting.push(go);
        this.waitingFor.push(request);
      }
      else setTimeout(go, 0);
    });
  }

  async upload(request: UploadRequest): Promise<AttachmentRef> {
    this.requests.push(request);
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    for (let i = 1; i <= 4; i++) {
      await this.step(request);
      request.onProgress(i / 4);
    }
    await this.step(request);
    if (this.failure) throw this.failure;
    const { info } = await checkFile(bytes, request.slot, request.name, request.path);
    const ref: AttachmentRef = { id: `file-${++this.count}`, name: request.name, type: info.type ?? 'application/octet-stream', size: info.size };
    if (info.width !== undefined && info.height !== undefined) Object.assign(ref, { width: info.width, height: info.height });
    this.stored.set(ref.id, { bytes, type: ref.type });
    return ref;
  }

  /** A blob URL of a stored file. */
  url(ref: AttachmentRef): string | undefined {
    const file = this.stored.get(ref.id);
    if (!file) return undefined;
    if (!this.urls.has(ref.id)) this.urls.set(ref.id, URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type })));
    return this.urls.get(ref.id);
  }

  /** Stores files as if uploaded in an earlier session and answers their references. */
  async preload(files: { bytes: Uint8Array; name: string; slot: AttachmentSlot }[]): Promise<AttachmentRef[]> {
    const auto = new PageUploader();
    const refs: AttachmentRef[] = [];
    for (const f of files) {
      const ref = await auto.upload({ file: fileOf(f.bytes, f.name), name: f.name, slot: f.slot, path: '', onProgress: () => {} });
      const stored = { ...ref, id: `old-${++this.count}` };
      this.stored.set(stored.id, { bytes: f.bytes, type: ref.type });
      refs.push(stored);
    }
    return refs;
  }
}

/** Advances a manual uploader by one step once an upload waits for it. */
async function advance(uploader: PageUploader): Promise<void> {
  await expect.poll(() => uploader.waitingCount).toBeGreaterThan(0);
  uploader.release();
}

async function mount(props: Partial<ShenbaoUpload>): Promise<{ el: ShenbaoUpload; changes: FieldChangeDetail[] }> {
  const el = document.createElement('shenbao-upload') as ShenbaoUpload;
  Object.assign(el, { path: `/attachments/${props.attachmentSlot?.id ?? ''}` }, props);
  const changes: FieldChangeDetail[] = [];
  el.addEventListener('shenbao-field-change', (e) => changes.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, changes };
}

const root = (el: ShenbaoUpload) => el.shadowRoot!;
const buttons = (el: ShenbaoUpload) => [...root(el).querySelectorAll('button')];
const button = (el: ShenbaoUpload, name: string) => buttons(el).find((b) => b.getAttribute('aria-label') === name || b.textContent!.trim() === name);
const text = (el: ShenbaoUpload, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errors = (el: ShenbaoUpload) => [...root(el).querySelectorAll('#errors .error')].map((p) => p.textContent!.trim());
const status = (el: ShenbaoUpload) => text(el, '[role="status"]');

/** Picks files as the browser's file dialog does: sets the input's FileList and fires `change`. */
function pick(el: ShenbaoUpload, files: File[], camera = false): void {
  const input = root(el).querySelector<HTMLInputElement>(camera ? 'input[data-camera]' : 'input[data-picker]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const png = async (name: string, w = 120, h = 80, colour = '#3366cc') => fileOf(await canvasImage('image/png', w, h, colour), name, 'image/png');
const jpeg = async (name: string, w = 295, h = 413) => fileOf(await canvasImage('image/jpeg', w, h), name, 'image/jpeg');

async function axeViolations(el: ShenbaoUpload): Promise<string[]> {
  const results = await axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => document.body.replaceChildren());

describe('PEM-9 files are checked by content before anything is uploaded', () => {
  it('PEM-9: a renamed .exe called photo.jpg is refused with the core’s Chinese message; nothing is uploaded', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: photo, uploader });
    pick(el, [fileOf(exeBytes(), 'photo.jpg', 'image/jpeg')]);
    await expect.poll(() => errors(el)).toEqual(['文件“photo.jpg”不是允许的类型（JPG），实际内容为 EXE']);
    expect(root(el).querySelector('#errors')!.getAttribute('aria-live')).toBe('assertive');
    expect(root(el).querySelector('[role="group"]')!.getAttribute('aria-describedby')).toContain('errors');
    expect(uploader.requests).toEqual([]);
    expect(changes).toEqual([]);
    expect(root(el).querySelector('.file')).toBeNull();
  });

  it('PEM-9: a real PNG is accepted: its progress bar shows, then 处理中 once every byte is sent until the server answers, and the change event carries the reference', async () => {
    const uploader = new PageUploader(true);
    const { el, changes } = await mount({ attachmentSlot: identity, uploader });
    const file = await png('正面.png', 120, 80);
    pick(el, [file]);
    await expect.poll(() => root(el).querySelector('progress')).not.toBeNull();
    const bar = () => root(el).querySelector('progress')!;
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    expect(bar().getAttribute('aria-label')).toBe('“正面.png”上传进度');
    expect(status(el)).toBe('正在上传“正面.png”');
    expect(button(el, '取消上传“正面.png”')).toBeDefined();

    await advance(uploader);
    await expect.poll(() => bar().getAttribute('aria-valuenow')).toBe('25');
    expect(text(el, '.percent')).toBe('25 %');
    expect(status(el)).toBe('“正面.png”已上传 25%');
    await advance(uploader);
    await advance(uploader);
    await advance(uploader);
    // Bytes all sent, no answer yet: an indeterminate bar that says 处理中, not "100 %".
    await expect.poll(() => text(el, '.percent')).toBe('处理中…');
    expect(bar().hasAttribute('value')).toBe(false);
    expect(bar().getAttribute('aria-valuenow')).toBeNull();
    expect(root(el).textContent).not.toContain('100 %');
    expect(changes).toEqual([]);

    await advance(uploader);
    await expect.poll(() => changes.length).toBe(1);
    const request = uploader.requests[0]!;
    expect(request).toMatchObject({ name: '正面.png', path: '/attachments/identity', slot: identity });
    expect(request.file).toBe(file);
    expect(changes[0]).toEqual({
      pointer: '/attachments/identity',
      value: [{ id: 'file-1', name: '正面.png', type: 'image/png', size: file.size, width: 120, height: 80, place: 'front' }],
      commit: true,
    });
    await el.updateComplete;
    expect(root(el).querySelector('progress')).toBeNull();
    const img = root(el).querySelector('img')!;
    expect(img.src).toMatch(/^blob:/);
    expect(img.alt).toBe('身份证明（正反面） 正面：正面.png');
    expect(status(el)).toBe('“正面.png”上传完成');
  });

  it('PEM-1, PEM-9: a file over the slot’s size is refused before upload with the KB message', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: photo, uploader });
    const whole = await canvasImage('image/jpeg', 295, 413);
    const big = new Uint8Array(40 * 1024); // a whole JPEG, then padding after its end marker: 40 KB
    big.set(whole);
    pick(el, [fileOf(big, 'big.jpg', 'image/jpeg')]);
    await expect.poll(() => errors(el)).toEqual(['文件“big.jpg”大小为 40 KB，须小于 30 KB']);
    expect(uploader.requests).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('PEM-1: the photo slot accepts only JPEG (a PNG is refused by content; a JPEG of 295×413 is uploaded), and offers the camera', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: photo, uploader });
    expect(root(el).querySelector('input[data-picker]')!.getAttribute('accept')).toBe('image/jpeg,.jpg,.jpeg');
    expect(root(el).querySelector('input[data-camera]')!.getAttribute('capture')).toBe('environment');
    expect(button(el, '拍照：照片')).toBeDefined();

    pick(el, [await png('photo.png', 295, 413)]);
    await expect.poll(() => errors(el)).toEqual(['文件“photo.png”不是允许的类型（JPG），实际内容为 PNG']);
    expect(uploader.requests).toEqual([]);

    pick(el, [await jpeg('camera.jpg')], true);
    await expect.poll(() => changes.length).toBe(1);
    expect(changes[0]!.value).toEqual([expect.objectContaining({ name: 'camera.jpg', type: 'image/jpeg', width: 295, height: 413 })]);
    await el.updateComplete;
    expect(errors(el)).toEqual([]);
  });

  it('an upload refused by the server (4xx with its message) or a network failure is shown, and nothing is added', async () => {
    const uploader = new PageUploader();
    uploader.failure = new Error('申报已提交，材料已锁定');
    const { el, changes } = await mount({ attachmentSlot: graduation, uploader });
    pick(el, [await png('毕业证.png')]);
    await expect.poll(() => errors(el)).toEqual(['“毕业证.png”上传失败：申报已提交，材料已锁定']);
    uploader.failure = new Error('网络连接失败，文件未上传，请检查网络后重试');
    pick(el, [await png('毕业证.png')]);
    await expect.poll(() => errors(el)).toEqual(['“毕业证.png”上传失败：网络连接失败，文件未上传，请检查网络后重试']);
    expect(changes).toEqual([]);
    expect(root(el).querySelector('.file, progress')).toBeNull();
  });

  it('the cancel button aborts an upload in progress: the uploader’s signal fires, nothing is added', async () => {
    const uploader = new PageUploader(true);
    const { el, changes } = await mount({ attachmentSlot: graduation, uploader });
    pick(el, [await png('a.png')]);
    await advance(uploader);
    await expect.poll(() => root(el).querySelector('progress')?.getAttribute('aria-valuenow')).toBe('25');
    button(el, '取消上传“a.png”')!.click();
    expect(uploader.requests[0]!.signal!.aborted).toBe(true);
    await expect.poll(() => status(el)).toBe('已取消上传“a.png”');
    expect(root(el).querySelector('progress')).toBeNull();
    expect(errors(el)).toEqual([]);
    expect(changes).toEqual([]);
  });
});

describe('PEM-2, RN-2, PEM-9 counts follow the rules', () => {
  it('PEM-2: identity takes exactly 2 images in two labelled places, 正面 then 反面, each with its own buttons', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: identity, uploader });
    const places = () => [...root(el).querySelectorAll('.place')];
    expect(places().map((p) => p.querySelector('.place-name')!.textContent)).toEqual(['正面', '反面']);
    expect(places()[0]!.querySelector('button[data-add]')!.getAttribute('aria-label')).toBe('选择文件：身份证明（正反面） 正面');
    expect(places()[0]!.querySelector('button[data-add]')!.getAttribute('aria-describedby')).toBe('rule');
    expect(places()[1]!.querySelector('button[data-add]')!.getAttribute('aria-label')).toBe('选择文件：身份证明（正反面） 反面');

    places()[0]!.querySelector<HTMLButtonElement>('button[data-add]')!.click();
    pick(el, [await png('front.png')]);
    await expect.poll(() => changes.length).toBe(1);
    await el.updateComplete;
    expect(places()[0]!.querySelector('img')!.alt).toBe('身份证明（正反面） 正面：front.png');
    expect(changes[0]!.value).toEqual([expect.objectContaining({ name: 'front.png', place: 'front' })]);

    places()[1]!.querySelector<HTMLButtonElement>('button[data-add]')!.click();
    pick(el, [await png('back.png', 120, 80, '#cc6633')]);
    await expect.poll(() => changes.length).toBe(2);
    await el.updateComplete;
    expect(changes[1]!.value).toEqual([expect.objectContaining({ name: 'front.png', place: 'front' }), expect.objectContaining({ name: 'back.png', place: 'back' })]);
    expect(root(el).querySelector('button[data-add]')).toBeNull();
    expect(text(el, '#rule')).toContain('已上传 2 张');
    expect(button(el, '替换“front.png”')).toBeDefined();
    expect(button(el, '删除“back.png”')).toBeDefined();
  });

  it('issue 8 item 10: files show by place — a back that finishes first stays 反面; the data says which is which', async () => {
    for (const width of [375, 1280]) {
      await page.viewport(width, 900);
      const uploader = new PageUploader(true);
      const { el, changes } = await mount({ attachmentSlot: identity, uploader });
      const places = () => [...root(el).querySelectorAll('.place')];
      places()[0]!.querySelector<HTMLButtonElement>('button[data-add]')!.click();
      pick(el, [await png('正面.png')]);
      await expect.poll(() => places()[0]!.querySelector('progress')).not.toBeNull();
      places()[1]!.querySelector<HTMLButtonElement>('button[data-add]')!.click();
      pick(el, [await png('反面.png', 120, 80, '#cc6633')]);
      await expect.poll(() => uploader.requests.length).toBe(2);
      // Let the back's upload run to its end while the front's waits.
      const back = uploader.requests[1]!;
      await expect.poll(() => uploader.waitingCount).toBe(2);
      for (let step = 0; step < 5; step++) {
        await expect.poll(() => uploader.waitingCount).toBe(2);
        uploader.releaseFor(back);
      }
      await expect.poll(() => changes.length).toBe(1);
      expect(changes[0]!.value).toEqual([expect.objectContaining({ name: '反面.png', place: 'back' })]);
      await el.updateComplete;
      expect(places()[0]!.querySelector('progress')).not.toBeNull();
      expect(places()[1]!.querySelector('img')!.alt).toBe('身份证明（正反面） 反面：反面.png');
      for (let step = 0; step < 5; step++) await advance(uploader);
      await expect.poll(() => changes.length).toBe(2);
      expect(changes[1]!.value).toEqual([expect.objectContaining({ name: '正面.png', place: 'front' }), expect.objectContaining({ name: '反面.png', place: 'back' })]);
      await el.updateComplete;
      expect(places().map((p) => p.querySelector('img')?.alt)).toEqual(['身份证明（正反面） 正面：正面.png', '身份证明（正反面） 反面：反面.png']);
      // Stored before places were recorded: the order decides.
      el.files = (changes[1]!.value as AttachmentRef[]).map(({ place: _place, ...ref }) => ref);
      await el.updateComplete;
      expect(places().map((p) => p.querySelector('img')?.alt)).toEqual(['身份证明（正反面） 正面：正面.png', '身份证明（正反面） 反面：反面.png']);
      document.body.replaceChildren();
    }
  });

  it('issue 8 item 10: every file can be deleted, the front too — the back stays 反面 and the front can be uploaded again', async () => {
    for (const width of [375, 1280]) {
      await page.viewport(width, 900);
      const uploader = new PageUploader();
      const image = await canvasImage('image/png', 40, 30);
      const [front, back] = await uploader.preload(['front', 'back'].map((n) => ({ bytes: image, name: `${n}.png`, slot: identity })));
      const { el, changes } = await mount({ attachmentSlot: identity, uploader, files: [{ ...front!, place: 'front' }, { ...back!, place: 'back' }] });
      const places = () => [...root(el).querySelectorAll('.place')];
      expect(root(el).querySelectorAll('button[data-delete]').length).toBe(2);
      await userEvent.click(button(el, '删除“front.png”')!);
      await expect.poll(() => changes.length).toBe(1);
      expect(changes[0]!.value).toEqual([expect.objectContaining({ name: 'back.png', place: 'back' })]);
      await el.updateComplete;
      expect(places()[0]!.querySelector('button[data-add]')!.getAttribute('aria-label')).toBe('选择文件：身份证明（正反面） 正面');
      expect(places()[1]!.querySelector('img')!.alt).toBe('身份证明（正反面） 反面：back.png');
      expect(status(el)).toBe('已删除“front.png”');
      await page.screenshot({ path: `__screenshots__/upload-front-deleted-${width}.png` });
      places()[0]!.querySelector<HTMLButtonElement>('button[data-add]')!.click();
      pick(el, [await png('new-front.png')]);
      await expect.poll(() => changes.length).toBe(2);
      expect(changes[1]!.value).toEqual([expect.objectContaining({ name: 'new-front.png', place: 'front' }), expect.objectContaining({ name: 'back.png', place: 'back' })]);
      document.body.replaceChildren();
    }
  });

  it('PEM-9: a full slot hides 选择文件/拍照 (the maximum comes from the rules’ state when given)', async () => {
    const uploader = new PageUploader();
    const image = await canvasImage('image/png', 40, 30);
    const files = await uploader.preload([1, 2, 3].map((n) => ({ bytes: image, name: `${n}.png`, slot: graduation })));
    const state: SlotState = { slot: 'graduationCert', min: 1, max: 3, accept: graduation.accept, maxBytes: graduation.maxBytes, count: 3, required: true, visible: true };
    const { el } = await mount({ attachmentSlot: graduation, uploader, files, state });
    expect(text(el, '#rule')).toBe('至少 1 张，最多 3 张，已上传 3 张 · JPG/PNG，每张不超过 500 KB');
    expect(root(el).querySelectorAll<HTMLButtonElement>('button[data-add]').length).toBe(0);

    el.files = files.slice(0, 2);
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLButtonElement>('button[data-add]')].some((b) => b.disabled)).toBe(false);
  });

  it('PEM-9: several images can be picked at once, but never more than the room left', async () => {
    const uploader = new PageUploader();
    const state: SlotState = { slot: 'graduationCert', min: 1, max: 2, accept: graduation.accept, maxBytes: graduation.maxBytes, count: 0, required: true, visible: true };
    const { el, changes } = await mount({ attachmentSlot: graduation, uploader, state });
    pick(el, [await png('1.png'), await png('2.png'), await png('3.png')]);
    await expect.poll(() => changes.length).toBe(2);
    expect(errors(el)).toEqual(['最多还能上传 2 个，其余 1 个文件未上传']);
    expect(changes[1]!.value).toEqual([expect.objectContaining({ name: expect.stringMatching(/^[12]\.png$/) }), expect.objectContaining({ name: expect.stringMatching(/^[12]\.png$/) })]);
  });

  it('TCM-5: a teacher’s slot reports its instance path and states its own count rule', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: teacherIdCard, path: '/teachers/1/attachments/teacherIdCard', uploader });
    expect(text(el, '#rule')).toBe('须上传 2 张（正面、反面各 1 张），已上传 0 张 · JPG/PNG，每张不超过 500 KB');
    pick(el, [await png('老师身份证.png')]);
    await expect.poll(() => changes.length).toBe(1);
    expect(changes[0]!.pointer).toBe('/teachers/1/attachments/teacherIdCard');
    expect(uploader.requests[0]!.path).toBe('/teachers/1/attachments/teacherIdCard');
  });
});

describe('PEM-9 a wrong image can be deleted and replaced', () => {
  it('PEM-9: deleting emits the list without the file and keeps focus in the slot', async () => {
    const uploader = new PageUploader();
    const image = await canvasImage('image/png', 40, 30);
    const files = await uploader.preload(['a', 'b', 'c'].map((n) => ({ bytes: image, name: `${n}.png`, slot: graduation })));
    const { el, changes } = await mount({ attachmentSlot: graduation, uploader, files });
    button(el, '删除“b.png”')!.click();
    await expect.poll(() => changes.length).toBe(1);
    expect(changes[0]).toEqual({ pointer: '/attachments/graduationCert', value: [files[0], files[2]], commit: true });
    await expect.poll(() => root(el).activeElement?.getAttribute('aria-label')).toBe('删除“c.png”');
    expect(status(el)).toBe('已删除“b.png”');

    button(el, '删除“c.png”')!.click();
    await expect.poll(() => root(el).activeElement?.getAttribute('aria-label')).toBe('删除“a.png”');
    button(el, '删除“a.png”')!.click();
    await expect.poll(() => root(el).activeElement?.getAttribute('aria-label')).toBe('选择文件：毕业证书');
    expect(changes.map((c) => (c.value as AttachmentRef[]).length)).toEqual([2, 1, 0]);
  });

  it('PEM-9: replacing picks one file again and keeps its position', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: identity, uploader });
    pick(el, [await png('wrong.png')]);
    await expect.poll(() => changes.length).toBe(1);
    pick(el, [await png('back.png')]);
    await expect.poll(() => changes.length).toBe(2);
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('input[data-picker]')!;
    let opened = 0;
    input.addEventListener('click', (e) => {
      opened++;
      e.preventDefault(); // no dialog in the test; the files are set below as the dialog would
    });
    button(el, '替换“wrong.png”')!.click();
    expect(opened).toBe(1);
    expect(input.multiple).toBe(false);
    pick(el, [await png('front.png', 120, 80, '#11aa55')]);
    await expect.poll(() => changes.length).toBe(3);
    expect((changes[2]!.value as AttachmentRef[]).map((f) => f.name)).toEqual(['front.png', 'back.png']);
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.place')].map((p) => p.querySelector('.name')?.textContent)).toEqual(['front.png', 'back.png']);
  });

  it('the add button is a real button reachable by keyboard: Enter opens the file picker', async () => {
    const { el } = await mount({ attachmentSlot: graduation, uploader: new PageUploader() });
    const input = root(el).querySelector<HTMLInputElement>('input[data-picker]')!;
    let opened = 0;
    input.addEventListener('click', (e) => {
      opened++;
      e.preventDefault();
    });
    el.focus();
    expect(root(el).activeElement?.getAttribute('aria-label')).toBe('选择文件：毕业证书');
    await userEvent.keyboard('{Enter}');
    expect(opened).toBe(1);
    expect(input.multiple).toBe(true); // up to 10 graduation images: several at once
    expect(input.getAttribute('accept')).toBe('image/jpeg,.jpg,.jpeg,image/png,.png');
  });
});

/**
 * A JPEG of width × height whose left half is red and right half blue, or (with `noise`) random
 * pixels, which JPEG compresses badly: encoded at `quality`.
 */
async function drawnJpeg(width: number, height: number, quality = 0.9, noise = false): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  if (noise) {
    const pixels = g.createImageData(width, height);
    for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
    g.putImageData(pixels, 0, 0);
  } else {
    g.fillStyle = '#ff0000';
    g.fillRect(0, 0, width / 2, height);
    g.fillStyle = '#0000ff';
    g.fillRect(width / 2, 0, width / 2, height);
  }
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
}

/** The colour of a pixel of an image file, decoded as stored (the file has no EXIF). */
async function pixelAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(bitmap, 0, 0);
  return [...g.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}

const SIDEWAYS = '图片“sideways.jpg”是旋转或翻转保存的（EXIF 方向 6），审核时会显示为侧向或镜像，请转正后重新上传';

describe('PEM-9 images upright: a photo stored rotated is refused and can be straightened in the browser', () => {
  it('PEM-9: a sideways JPEG (EXIF orientation 6) is refused in Chinese; 「自动转正后上传」 uploads it upright, swapped 413×295 → 295×413', async () => {
    const uploader = new PageUploader();
    const { el, changes } = await mount({ attachmentSlot: photo, uploader });
    // Stored 413 wide × 295 high, red left and blue right; viewed with orientation 6 it is 295 × 413, red on top.
    const sideways = withExifOrientation(await drawnJpeg(413, 295), 6);
    expect((await checkFile(sideways, photo, 'x')).info).toMatchObject({ width: 413, height: 295, orientation: 6 });
    pick(el, [fileOf(sideways, 'sideways.jpg', 'image/jpeg')]);
    await expect.poll(() => errors(el)).toEqual([SIDEWAYS]);
    expect(uploader.requests).toEqual([]);
    const fix = () => root(el).querySelector<HTMLButtonElement>('button[data-straighten]');
    expect(fix()!.textContent!.trim()).toBe('自动转正后上传');
    expect(fix()!.getAttribute('aria-label')).toBe('自动转正后上传“sideways.jpg”');
    expect(status(el)).toBe('可点击“自动转正后上传”，将“sideways.jpg”转正后上传');
    expect(await axeViolations(el)).toEqual([]);

    fix()!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => changes.length, { timeout: 10_000 }).toBe(1); // the browser's first encode may take a second
    expect(fix()).toBeNull();
    expect(errors(el)).toEqual([]);
    const request = uploader.requests[0]!;
    expect(request.name).toBe('sideways.jpg');
    expect(request.file).toBeInstanceOf(File);
    expect((request.file as File).name).toBe('sideways.jpg');
    const uploaded = new Uint8Array(await request.file.arrayBuffer());
    const checked = await checkFile(uploaded, photo, 'sideways.jpg');
    expect(checked.ok).toBe(true);
    expect(checked.info).toMatchObject({ type: 'image/jpeg', width: 295, height: 413 });
    expect([undefined, 1]).toContain(checked.info.orientation);
    expect(changes[0]!.value).toEqual([expect.objectContaining({ name: 'sideways.jpg', type: 'image/jpeg', width: 295, height: 413 })]);
    // Turned 90° clockwise: the stored left (red) is now the top, the stored right (blue) the bottom.
    const [top, bottom] = [await pixelAt(uploaded, 147, 60), await pixelAt(uploaded, 147, 350)];
    expect(top[0]! > 200 && top[2]! < 60, `top ${top}`).toBe(true);
    expect(bottom[2]! > 200 && bottom[0]! < 60, `bottom ${bottom}`).toBe(true);
    await expect.poll(() => status(el)).toBe('“sideways.jpg”上传完成');
    expect(root(el).activeElement?.hasAttribute('data-group')).toBe(true); // focus stays in the slot
  });

  it('PEM-9: the straightened file is checked again: over the slot’s size it is refused with the KB message, nothing uploaded', async () => {
    const uploader = new PageUploader();
    // Noise at quality 0.05 is small; straightened at quality 0.75 or more it is several times larger.
    const sideways = withExifOrientation(await drawnJpeg(300, 300, 0.05, true), 6);
    const slotJustFits: AttachmentSlot = { ...graduation, accept: ['image/jpeg'], maxBytes: sideways.byteLength };
    const { el, changes } = await mount({ attachmentSlot: slotJustFits, uploader });
    pick(el, [fileOf(sideways, 'noise.jpg')]);
    await expect.poll(() => root(el).querySelector('button[data-straighten]')).not.toBeNull();
    root(el).querySelector<HTMLButtonElement>('button[data-straighten]')!.click();
    await expect.poll(() => errors(el), { timeout: 10_000 }).toEqual([expect.stringMatching(/^文件“noise\.jpg”大小为 [\d.]+ KB，超过 [\d.]+ KB 上限$/)]);
    expect(root(el).querySelector('button[data-straighten]')).toBeNull();
    expect(uploader.requests).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('PEM-9: no button when the file is refused for more than its orientation; English texts', async () => {
    const sideways = withExifOrientation(await drawnJpeg(413, 295), 6);
    const big = new Uint8Array(40 * 1024); // the sideways JPEG, then padding after its end: over 30 KB
    big.set(sideways);
    const { el } = await mount({ attachmentSlot: photo, uploader: new PageUploader() });
    pick(el, [fileOf(big, 'big.jpg')]);
    await expect.poll(() => errors(el).length).toBe(2);
    expect(errors(el)[1]).toBe('图片“big.jpg”是旋转或翻转保存的（EXIF 方向 6），审核时会显示为侧向或镜像，请转正后重新上传');
    expect(root(el).querySelector('button[data-straighten]')).toBeNull();

    const en = await mount({ attachmentSlot: photo, uploader: new PageUploader(), locale: 'en' });
    pick(en.el, [fileOf(sideways, 'sideways.jpg')]);
    await expect.poll(() => errors(en.el)).toEqual([
      'Image "sideways.jpg" is stored rotated or mirrored (EXIF orientation 6) and shows sideways or flipped in review; please straighten it and upload it again',
    ]);
    expect(button(en.el, 'Straighten and upload "sideways.jpg"')!.textContent!.trim()).toBe('Straighten and upload');
  });
});

describe('PEM-10 materials locked after submission; reviewer feedback per slot', () => {
  it('PEM-10: read-only shows thumbnails and chips only: no file buttons, no file inputs; a thumbnail opens the viewer (issue 8 item 12)', async () => {
    const uploader = new PageUploader();
    const files = await uploader.preload([{ bytes: await canvasImage('image/png', 40, 30), name: '正面.png', slot: identity }]);
    const pdf: AttachmentRef = { id: 'pdf-1', name: '报告.pdf', type: 'application/pdf', size: pdfBytes().byteLength };
    const { el } = await mount({ attachmentSlot: graduation, uploader, files: [...files, pdf], readonly: true });
    expect(el.hasAttribute('readonly')).toBe(true);
    // The only button is the thumbnail itself, named by its image; activating it asks the form to open the document.
    const open = buttons(el);
    expect(open.map((b) => b.hasAttribute('data-open'))).toEqual([true]);
    expect(open[0]!.textContent).toContain('查看大图');
    const asked: { path: string; id: string }[] = [];
    el.addEventListener('shenbao-open-document', (e) => asked.push(e.detail));
    open[0]!.click();
    expect(asked).toEqual([{ path: el.path, id: files[0]!.id }]);
    expect(root(el).querySelector('input')).toBeNull();
    const img = root(el).querySelector('img')!;
    expect(img.src).toBe(uploader.url(files[0]!));
    expect(img.alt).toBe('毕业证书 1：正面.png');
    expect(text(el, '.chip')).toBe('PDF');
    expect(text(el, '.files')).toContain('报告.pdf');

    const empty = await mount({ attachmentSlot: identity, readonly: true });
    expect(buttons(empty.el)).toEqual([]);
    expect([...root(empty.el).querySelectorAll('.place .missing')].map((p) => p.textContent)).toEqual(['未上传', '未上传']);
  });

  it('PEM-10: the reviewer’s comment is shown prominently and describes the slot, when editing and when locked', async () => {
    const comment = '身份证反面不清晰，请重新上传';
    for (const readonly of [false, true]) {
      const { el } = await mount({ attachmentSlot: identity, uploader: new PageUploader(), comment, readonly });
      expect(text(el, '[part="comment"]')).toBe(`审核意见：${comment}`);
      expect(root(el).querySelector('[role="group"]')!.getAttribute('aria-describedby')).toContain('comment');
      // Above the files: the first thing after the label, rule and hint.
      const comes = root(el).querySelector('[part="comment"]')!.compareDocumentPosition(root(el).querySelector('[part="files"]')!);
      expect(comes & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('shows the form’s message for the slot (e.g. a missing back image)', async () => {
    const { el } = await mount({ attachmentSlot: identity, uploader: new PageUploader(), error: '身份证明（正反面） 须上传 2 个文件（已上传 1 个）' });
    expect(errors(el)).toEqual(['身份证明（正反面） 须上传 2 个文件（已上传 1 个）']);
  });
});

describe('locales and accessibility', () => {
  it('speaks English with locale en, including the core’s refusal message', async () => {
    const { el } = await mount({ attachmentSlot: identity, uploader: new PageUploader(), locale: 'en' });
    expect(text(el, '#rule')).toBe('exactly 2 images (front and back), 0 uploaded · JPG/PNG, at most 500 KB each');
    expect([...root(el).querySelectorAll('.place-name')].map((p) => p.textContent)).toEqual(['Front', 'Back']);
    expect(button(el, 'Choose file: Identity document (front and back) Front')).toBeDefined();
    pick(el, [fileOf(exeBytes(), 'id.png')]);
    await expect.poll(() => errors(el)).toEqual(['File "id.png" is not an allowed type (JPG/PNG); its content is EXE']);
  });

  it('axe-core finds no violations: empty, uploading, with files, comment and error, and read-only', async () => {
    const uploader = new PageUploader(true);
    const { el } = await mount({ attachmentSlot: graduation, uploader, comment: '请补充学历认证报告', error: '请上传毕业证书（至少 1 个文件，已上传 0 个）' });
    expect(await axeViolations(el)).toEqual([]);
    pick(el, [await png('a.png')]);
    await advance(uploader);
    await expect.poll(() => root(el).querySelector('progress')?.getAttribute('aria-valuenow')).toBe('25');
    expect(await axeViolations(el)).toEqual([]);
    for (let i = 0; i < 4; i++) await advance(uploader);
    await expect.poll(() => root(el).querySelector('img')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);

    const places = await mount({ attachmentSlot: identity, uploader: new PageUploader(), files: el.files });
    expect(await axeViolations(places.el)).toEqual([]);
    const locked = await mount({ attachmentSlot: identity, files: el.files, readonly: true, comment: '请重新上传反面' });
    expect(await axeViolations(locked.el)).toEqual([]);
  });
});
