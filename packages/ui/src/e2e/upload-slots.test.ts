/**
 * Issue 8 item 10 end to end, as a candidate on the physician exam materials step at 375 and
 * 1280 px (Chinese rendered): each slot states its rule once (type, size in the manual's words,
 * count — not again in its hint or a notice beside it), a 示例 where the manual shows one (a button
 * that opens the drawing in a dialog, keyboard operable, named by its alt text), a full slot
 * without 选择文件/拍照, and 处理中 once the bytes are sent until the server answers. Files by place
 * and deleting the front are shown in upload.test.ts (both widths).
 */
import type { AttachmentRef, AttachmentSlot, LayoutItem, LayoutSection } from '@shenbao/core';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { canvasImage } from '../../test/browser-files.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import { ShenbaoUpload } from '../elements/upload/upload.js';
import type { UploadRequest, Uploader } from '../types.js';
import { cjkRendered } from './cjk.js';
import { builtinForm, currentStep, deepActiveElement, deepText, forms, mountForm, passingScenario, press, settle } from './e2e-support.js';

const pem = builtinForm('physician-exam-materials');
if (!customElements.get('shenbao-upload')) customElements.define('shenbao-upload', ShenbaoUpload);

/** Every slot item of a section, however deep in its groups. */
function slotIds(items: readonly LayoutItem[]): string[] {
  return items.flatMap((item) => ('attachment' in item ? [item.attachment] : 'items' in item ? slotIds(item.items) : []));
}

/** Every notice of a section, however deep in its groups. */
function notices(items: readonly LayoutItem[]): string[] {
  return items.flatMap((item) => ('notice' in item ? [item.notice['zh-CN']] : 'items' in item ? notices(item.items) : []));
}

const sizeWords = /\d+\s*(?:KB|kb|k\b|MB)/g;
const typeWords = /JPE?G|PNG|PDF/g;
const countWords = /各一张|各 ?1 ?张|固定 ?\d ?张|可以?上传多|上传多个|至少 ?\d ?张/g;

/** A held upload: progress as the test says, answered when the test says. */
class HeldUploader implements Uploader {
  readonly requests: { request: UploadRequest; answer: () => void }[] = [];
  private count = 0;
  upload(request: UploadRequest): Promise<AttachmentRef> {
    return new Promise((resolve) => {
      const ref: AttachmentRef = { id: `held-${++this.count}`, name: request.name, type: request.file.type, size: request.file.size };
      this.requests.push({ request, answer: () => resolve(ref) });
    });
  }
}

/** The PEM passing declaration, walked with 下一步 to the materials step. */
async function atMaterials(props: Partial<ShenbaoForm>, change?: (data: { attachments: Record<string, unknown> }) => void): Promise<ShenbaoForm> {
  const data = structuredClone(passingScenario(pem).data) as { attachments: Record<string, unknown> };
  change?.(data);
  const form = await mountForm(pem, { value: data, ...props });
  const materials = pem.definition.layout.steps.findIndex((s) => s.id === 'materials');
  while (currentStep(form) < materials) await press(userEvent, form, '下一步');
  await settle(form);
  return form;
}

const slotOf = (form: ShenbaoForm, id: string) => form.shadowRoot!.querySelector<ShenbaoUpload>(`shenbao-upload[data-path="/attachments/${id}"]`)!;
const violations = async (root: Element) => (await axe.run(root)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe('issue 8 item 10: every slot of every built-in form states its rule once', () => {
  afterEach(() => document.body.replaceChildren());

  it('type, size and count appear in the slot’s rule only — not again in its hint, nor in a notice of its section', async () => {
    for (const form of forms) {
      for (const step of form.definition.layout.steps) {
        for (const section of step.sections as LayoutSection[]) {
          const ids = slotIds(section.items);
          if (ids.length === 0) continue;
          const around = notices(section.items).join(' ');
          expect(around.match(sizeWords) ?? [], `${form.id} ${section.id} notices`).toEqual([]);
          expect(around.match(typeWords) ?? [], `${form.id} ${section.id} notices`).toEqual([]);
          expect(around.match(countWords) ?? [], `${form.id} ${section.id} notices`).toEqual([]);
          for (const id of ids) {
            const slot = form.definition.attachments.find((s) => s.id === id) as AttachmentSlot;
            const upload = document.createElement('shenbao-upload') as ShenbaoUpload;
            Object.assign(upload, { attachmentSlot: slot, path: `/attachments/${id}` });
            document.body.append(upload);
            await upload.updateComplete;
            const rule = upload.shadowRoot!.querySelector('[part="rule"]')!.textContent!;
            const hint = upload.shadowRoot!.querySelector('[part="hint"]')?.textContent ?? '';
            const where = `${form.id} ${id}: ${rule} | ${hint}`;
            expect(rule.match(sizeWords), where).toHaveLength(1);
            expect(rule).toMatch(typeWords);
            expect(hint.match(sizeWords) ?? [], where).toEqual([]);
            expect(hint.match(typeWords) ?? [], where).toEqual([]);
            expect(hint.match(countWords) ?? [], where).toEqual([]);
            upload.remove();
          }
        }
      }
    }
  });
});

describe.each([375, 1280])('issue 8 item 10 on the materials step at %i px', (width) => {
  beforeEach(async () => {
    await page.viewport(width, 900);
  });
  afterEach(() => document.body.replaceChildren());

  it('the photo slot says once: 须上传 1 张 · JPG，每张小于 30 KB，不小于 295 × 413 像素 (the manual’s 小于)', async () => {
    const form = await atMaterials({}, (data) => delete data.attachments.photo);
    const photo = slotOf(form, 'photo');
    const said = deepText(photo.shadowRoot!);
    expect(photo.shadowRoot!.querySelector('[part="rule"]')!.textContent).toBe('须上传 1 张，已上传 0 张 · JPG，每张小于 30 KB，不小于 295 × 413 像素');
    expect(said.match(/30 KB/g)).toHaveLength(1);
    expect(said.match(/JPG/g)).toHaveLength(1);
    // The section around it no longer repeats the photo's rule in a notice.
    const section = photo.closest('section') ?? form.shadowRoot!;
    expect(deepText(section as Node).match(/295 × 413/g)).toHaveLength(1);
    expect(cjkRendered(`32px ${getComputedStyle(form).fontFamily}`)).toBe(true);
    await page.screenshot({ path: `__screenshots__/upload-rule-once-${width}.png` });
  });

  it('示例: a button opens the manual’s sample in a dialog — keyboard operable, named by its alt text, Esc returns focus', async () => {
    const form = await atMaterials({});
    const identity = slotOf(form, 'identity');
    const open = identity.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sample-open]')!;
    expect(open.textContent!.trim()).toBe('示例');
    expect(open.getAttribute('aria-label')).toBe('查看示例：身份证明（正反面）');
    expect(open.getAttribute('aria-haspopup')).toBe('dialog');
    open.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = identity.shadowRoot!.querySelector<HTMLDialogElement>('dialog[data-sample]')!;
    await expect.poll(() => dialog.open).toBe(true);
    expect(dialog.querySelector('#sample-title')!.textContent).toBe('示例：身份证明（正反面）');
    const image = dialog.querySelector('svg[role="img"]')!;
    expect(image.getAttribute('aria-label')).toBe(pem.definition.attachments.find((s) => s.id === 'identity')!.sample!.alt['zh-CN']);
    expect(image.textContent).toContain('正面（人像面）');
    expect(image.textContent).toContain('反面（国徽面）');
    const box = image.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(200);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(await violations(dialog)).toEqual([]);
    await page.screenshot({ path: `__screenshots__/upload-sample-${width}.png` });
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
    expect(deepActiveElement()).toBe(open);
    // 关闭 closes it too; the photo slot has its own sample (a 2-inch portrait).
    open.click();
    await expect.poll(() => dialog.open).toBe(true);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[data-sample-close]')!);
    await expect.poll(() => dialog.open).toBe(false);
    expect(slotOf(form, 'photo').shadowRoot!.querySelector('dialog[data-sample] svg[role="img"]')!.textContent).toContain('小 2 寸');
    // A slot whose manual shows no sample has no 示例.
    expect(slotOf(form, 'graduationCert').shadowRoot!.querySelector('button[data-sample-open]')).toBeNull();
  });

  it('a full slot hides 选择文件/拍照: the identity slot with 正面 and 反面, the photo with its one photo', async () => {
    const form = await atMaterials({});
    for (const id of ['identity', 'photo']) {
      const slot = slotOf(form, id);
      expect((slot.files ?? []).length).toBe(slot.max);
      expect(slot.shadowRoot!.querySelectorAll('button[data-add]'), id).toHaveLength(0);
      expect(slot.shadowRoot!.querySelectorAll('button[data-delete]').length, id).toBe(slot.max);
    }
    expect(await violations(slotOf(form, 'identity'))).toEqual([]);
    await page.screenshot({ path: `__screenshots__/upload-full-${width}.png` });
  });

  it('处理中 once every byte is sent until the server answers — never “100 %”', async () => {
    const uploader = new HeldUploader();
    const form = await atMaterials({ uploader }, (data) => delete data.attachments.graduationCert);
    const slot = slotOf(form, 'graduationCert');
    const input = slot.shadowRoot!.querySelector<HTMLInputElement>('input[data-picker]')!;
    await userEvent.upload(input, new File([(await canvasImage('image/png', 120, 80)) as BlobPart], '毕业证.png', { type: 'image/png' }));
    await expect.poll(() => uploader.requests.length).toBe(1);
    const { request, answer } = uploader.requests[0]!;
    request.onProgress(0.5);
    await expect.poll(() => slot.shadowRoot!.querySelector('.percent')?.textContent).toBe('50 %');
    request.onProgress(1);
    await expect.poll(() => slot.shadowRoot!.querySelector('.percent')?.textContent).toBe('处理中…');
    expect(deepText(slot.shadowRoot!)).not.toContain('100 %');
    expect(slot.shadowRoot!.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(await violations(slot)).toEqual([]);
    slot.scrollIntoView({ block: 'center' });
    await page.screenshot({ path: `__screenshots__/upload-processing-${width}.png` });
    answer();
    await expect.poll(() => slot.shadowRoot!.querySelector('progress')).toBeNull();
    expect(slot.shadowRoot!.querySelector('img')).not.toBeNull();
  });
});
