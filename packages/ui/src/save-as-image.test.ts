import { afterEach, describe, expect, it } from 'vitest';
import { checkFile, type AttachmentSlot } from '@shenbao/core';
import { builtinForm } from '@shenbao/forms';
import { resolvePack, type RulePack } from '@shenbao/rules';
import scenario from '../../forms/physician-exam-confirm/scenarios/complete-pass.json' with { type: 'json' };
import './define.js';
import { fieldOf, mountTestForm } from '../test/test-form.js';
import type { ShenbaoForm } from './elements/form/form.js';
import { captureScale, saveAsImage } from './save-as-image.js';

const form = builtinForm('physician-exam-confirm');
const pack = resolvePack([form.packs[2024] as RulePack], 2024);

/** The read-only confirmation view of what the unit filed (PEC-1), from the complete-pass scenario. */
function mountConfirmView(): Promise<ShenbaoForm> {
  return mountTestForm({ definition: form.definition, rules: pack, context: scenario.context, value: scenario.data, mode: 'readonly' });
}

const field = fieldOf;

/** A slot that takes one PNG of up to 20 MB: core's content check of the image. */
const pngSlot: AttachmentSlot = { id: 'image', label: { 'zh-CN': '图片' }, accept: ['image/png'], maxBytes: 20 * 1024 * 1024, min: 0, max: 1 };

/** Pixels of `bitmap` in a CSS-pixel rectangle (scaled) that are clearly dark (text), and how many were looked at. */
function darkPixels(bitmap: ImageBitmap, rect: { x: number; y: number; width: number; height: number }, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const x = Math.floor(rect.x * scale);
  const y = Math.floor(rect.y * scale);
  const w = Math.max(1, Math.floor(rect.width * scale));
  const h = Math.max(1, Math.floor(rect.height * scale));
  const data = ctx.getImageData(x, y, w, h).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark++;
  return { dark, total: w * h };
}

describe('saveAsImage of the confirmation view (PEC-3)', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws the read-only physician-exam-confirm form, shadow DOM included, to a real PNG that is not blank', async () => {
    const el = await mountConfirmView();
    const nameField = field(el, '/basic/name');
    await nameField.updateComplete;
    const nameValue = nameField.shadowRoot!.querySelector('[part="value"]')!;
    expect(nameValue.textContent).toBe('张晓明');

    const clicks: HTMLAnchorElement[] = [];
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof HTMLAnchorElement && e.target.download) {
        clicks.push(e.target);
        e.preventDefault(); // seen, not saved to disk
      }
    };
    document.addEventListener('click', onClick);
    let blob: Blob;
    try {
      blob = await saveAsImage(el, '医师资格考试预报名信息确认', { scale: 2 });
    } finally {
      document.removeEventListener('click', onClick);
    }

    // Offered as a download with a .png name and a blob: URL.
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('医师资格考试预报名信息确认.png');
    expect(clicks[0]!.href).toMatch(/^blob:/);
    expect(clicks[0]!.isConnected).toBe(false);

    // A complete PNG by its content (magic bytes, IEND), of plausible size.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const checked = await checkFile(bytes, pngSlot, 'capture.png');
    expect(checked.issues).toEqual([]);
    expect(checked.info.type).toBe('image/png');
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBeGreaterThan(10_000);
    expect(blob.size).toBeLessThan(20 * 1024 * 1024);

    // The element's size at the scale asked for.
    const box = el.getBoundingClientRect();
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(Math.floor(box.width * 2));
    expect(bitmap.height).toBe(Math.floor(box.height * 2));
    expect(checked.info.width).toBe(bitmap.width);

    // Text where the name field's value is (two shadow roots deep), and mostly background elsewhere.
    const r = nameValue.getBoundingClientRect();
    const at = { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
    const text = darkPixels(bitmap, at, 2);
    expect(text.dark).toBeGreaterThan(20);
    const whole = darkPixels(bitmap, { x: 0, y: 0, width: box.width, height: box.height }, 2);
    expect(whole.dark / whole.total).toBeLessThan(0.3);
    // A section title in the form's own shadow root is drawn too.
    const h3 = el.shadowRoot!.querySelector('.section-title')!.getBoundingClientRect();
    expect(darkPixels(bitmap, { x: h3.left - box.left, y: h3.top - box.top, width: h3.width, height: h3.height }, 2).dark).toBeGreaterThan(20);
  });

  it('uses the device pixel ratio by default, returns the blob without a download when asked', async () => {
    const el = await mountConfirmView();
    const clicks: Event[] = [];
    const onClick = (e: Event) => clicks.push(e);
    document.addEventListener('click', onClick);
    const blob = await saveAsImage(el, 'x', { download: false });
    document.removeEventListener('click', onClick);
    expect(clicks).toEqual([]);
    const bitmap = await createImageBitmap(blob);
    const box = el.getBoundingClientRect();
    expect(bitmap.width).toBe(Math.floor(box.width * Math.min(3, Math.max(1, devicePixelRatio))));
  });

  it('lowers the scale of very long views to what phones can draw', () => {
    expect(captureScale(375, 800, { scale: 3 })).toBe(3);
    const scale = captureScale(375, 20_000, { scale: 3 });
    expect(scale).toBeLessThan(3);
    expect(375 * scale * 20_000 * scale).toBeLessThanOrEqual(4096 * 4096 + 1);
    expect(20_000 * captureScale(375, 20_000, { scale: 3, maxPixels: 1e12 })).toBeLessThanOrEqual(16_384);
  });
});
