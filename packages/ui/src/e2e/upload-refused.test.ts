/**
 * PEM-9 (and PEM-1) end to end: in the physician exam materials form, a Windows executable renamed
 * photo.jpg is picked for the photo slot. The form's upload element reads the bytes, refuses the
 * file with a Chinese message naming it, and never hands it to the uploader; a real JPEG of the
 * right size is then accepted and its reference lands in the declaration.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShenbaoForm } from '../elements/form/form.js';
import type { ShenbaoUpload } from '../elements/upload/upload.js';
import { canvasImage, exeBytes } from '../../test/browser-files.js';
import { builtinForm, currentStep, deepText, mountForm, passingScenario, press, ReadingUploader, settle } from './e2e-support.js';

const pem = builtinForm('physician-exam-materials');

/** A white JPEG drawn and encoded by the browser. */
const jpeg = (width: number, height: number): Promise<Uint8Array> => canvasImage('image/jpeg', width, height);

/** The declaration of a passing scenario without its photo, up to the materials step. */
async function atMaterials(uploader: ReadingUploader): Promise<ShenbaoForm> {
  const data = structuredClone(passingScenario(pem).data) as { attachments: Record<string, unknown> };
  delete data.attachments.photo;
  const form = await mountForm(pem, { value: data, uploader });
  const materials = pem.definition.layout.steps.findIndex((s) => s.id === 'materials');
  while (currentStep(form) < materials) {
    const before = currentStep(form);
    await press(userEvent, form, '下一步');
    expect(currentStep(form), deepText(form.shadowRoot!)).toBe(before + 1);
  }
  return form;
}

function photoSlot(form: ShenbaoForm): ShenbaoUpload {
  const upload = form.shadowRoot!.querySelector<ShenbaoUpload>('shenbao-upload[data-path="/attachments/photo"]');
  expect(upload, 'the photo slot is rendered as <shenbao-upload>').not.toBeNull();
  return upload!;
}

async function pick(upload: ShenbaoUpload, file: File): Promise<void> {
  const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"][data-picker]');
  expect(input, 'the slot offers a file picker').not.toBeNull();
  await userEvent.upload(input!, file);
}

describe('PEM-9, PEM-1: a renamed non-image is refused by content', () => {
  afterEach(() => document.body.replaceChildren());

  it('an .exe renamed photo.jpg never reaches the uploader and is refused in Chinese; a real JPEG is accepted', async () => {
    const uploader = new ReadingUploader();
    const form = await atMaterials(uploader);
    const upload = photoSlot(form);
    expect(deepText(upload.shadowRoot!)).toContain('照片');

    await pick(upload, new File([exeBytes() as BlobPart], 'photo.jpg', { type: 'image/jpeg' }));
    await expect.poll(() => deepText(upload.shadowRoot!)).toContain('文件“photo.jpg”不是允许的类型');
    expect(deepText(upload.shadowRoot!)).toContain('EXE');
    expect(uploader.received).toEqual([]);
    expect((form.value as { attachments: Record<string, unknown> }).attachments.photo ?? []).toEqual([]);

    // The same slot takes a real small 2-inch JPEG (PEM-1): the uploader reads it and the reference lands in the data.
    const photo = await jpeg(295, 413);
    expect(photo.byteLength).toBeLessThan(pem.definition.attachments.find((s) => s.id === 'photo')!.maxBytes);
    await pick(upload, new File([photo as BlobPart], 'photo.jpg', { type: 'image/jpeg' }));
    await expect.poll(() => uploader.received.length).toBe(1);
    await settle(form);
    expect(uploader.received[0]).toMatchObject({ name: 'photo.jpg', path: '/attachments/photo' });
    expect((form.value as { attachments: { photo: unknown[] } }).attachments.photo).toEqual([
      { id: 'file-1', name: 'photo.jpg', type: 'image/jpeg', size: photo.byteLength, width: 295, height: 413 },
    ]);
    expect(deepText(upload.shadowRoot!)).not.toContain('不是允许的类型');
  });
});
