/**
 * PEM-9 images upright: real JPEG and PNG bytes with an EXIF Orientation tag spliced in (an APP1
 * `Exif` segment, a PNG `eXIf` chunk), read by the real exifr, and checkFile's verdict on them.
 */
import { describe, it, expect } from 'vitest';
import type { AttachmentSlot } from '../types.js';
import { checkFile } from './file-check.js';
import { exifOrientation } from './orientation.js';
import { JPEG_3X2, PNG_1X1, onePhoto, pngChunk } from '../../test/images.js';

/** A TIFF block whose IFD0 holds one entry, Orientation (0x0112, SHORT) = `orientation`. */
function tiff(orientation: number, littleEndian = false): Uint8Array {
  const bytes = new Uint8Array(26);
  const view = new DataView(bytes.buffer);
  bytes.set(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d], 0);
  view.setUint16(2, 42, littleEndian);
  view.setUint32(4, 8, littleEndian); // IFD0 right after the header
  view.setUint16(8, 1, littleEndian); // one entry
  view.setUint16(10, 0x0112, littleEndian);
  view.setUint16(12, 3, littleEndian); // SHORT
  view.setUint32(14, 1, littleEndian); // one value
  view.setUint16(18, orientation, littleEndian);
  view.setUint32(22, 0, littleEndian); // no next IFD
  return bytes;
}

/** `jpeg` with an APP1 `Exif\0\0` segment holding `block` spliced in after SOI, as cameras write it. */
function withExif(jpeg: Uint8Array, block: Uint8Array): Uint8Array {
  const length = 2 + 6 + block.byteLength;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...block];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** `png` with an `eXIf` chunk holding `block` after IHDR. */
function pngWithExif(png: Uint8Array, block: Uint8Array): Uint8Array {
  return new Uint8Array([...png.subarray(0, 33), ...pngChunk('eXIf', block), ...png.subarray(33)]);
}

const photoSlot = onePhoto;
const imageSlot: AttachmentSlot = { ...photoSlot, id: 'materials', accept: ['image/jpeg', 'image/png'], maxBytes: 500 * 1024, max: 5 };

describe('exifOrientation', () => {
  it('reads every orientation from a real JPEG, big- and little-endian', async () => {
    for (let n = 1; n <= 8; n += 1) {
      expect(await exifOrientation(withExif(JPEG_3X2, tiff(n))), `MM ${n}`).toBe(n);
      expect(await exifOrientation(withExif(JPEG_3X2, tiff(n, true))), `II ${n}`).toBe(n);
    }
  });

  it('reads the eXIf chunk of a PNG', async () => {
    expect(await exifOrientation(pngWithExif(PNG_1X1, tiff(8)))).toBe(8);
    expect(await exifOrientation(pngWithExif(PNG_1X1, tiff(3, true)))).toBe(3);
  });

  it('reads only the bytes of a view, not the rest of its buffer', async () => {
    const bytes = withExif(JPEG_3X2, tiff(6));
    const backing = new Uint8Array(bytes.byteLength + 64);
    backing.set(bytes, 32);
    expect(await exifOrientation(backing.subarray(32, 32 + bytes.byteLength))).toBe(6);
  });

  it('answers undefined for images without EXIF and for other content', async () => {
    expect(await exifOrientation(JPEG_3X2)).toBeUndefined();
    expect(await exifOrientation(PNG_1X1)).toBeUndefined();
    expect(await exifOrientation(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).toBeUndefined();
    expect(await exifOrientation(new Uint8Array(0))).toBeUndefined();
  });

  it('answers undefined for values outside 1–8 and for damaged EXIF, never throwing', async () => {
    expect(await exifOrientation(withExif(JPEG_3X2, tiff(0)))).toBeUndefined();
    expect(await exifOrientation(withExif(JPEG_3X2, tiff(9)))).toBeUndefined();
    const badOffset = tiff(6);
    new DataView(badOffset.buffer).setUint32(4, 0xfffffff0); // IFD0 far past the end
    expect(await exifOrientation(withExif(JPEG_3X2, badOffset))).toBeUndefined();
    expect(await exifOrientation(withExif(JPEG_3X2, new Uint8Array([0x4d, 0x4d, 0xff, 0x00, 1, 2, 3])))).toBeUndefined();
    expect(await exifOrientation(pngWithExif(PNG_1X1, new Uint8Array([1, 2, 3])))).toBeUndefined();
    const whole = withExif(JPEG_3X2, tiff(6));
    for (let length = 0; length <= whole.byteLength; length += 1) {
      const found = await exifOrientation(whole.subarray(0, length)); // a rejection fails the test
      expect([undefined, 6], String(length)).toContain(found);
    }
  });
});

describe('checkFile: images upright (PEM-9)', () => {
  it('refuses a JPEG stored rotated (orientation 6) and names the file and what to do', async () => {
    const bytes = withExif(JPEG_3X2, tiff(6));
    const result = await checkFile(bytes, photoSlot, 'sideways.jpg', '/attachments/photo');
    expect(result).toEqual({
      ok: false,
      info: { type: 'image/jpeg', size: bytes.byteLength, width: 3, height: 2, orientation: 6 },
      issues: [
        {
          path: '/attachments/photo',
          code: 'attachment-orientation',
          message: '图片“sideways.jpg”是旋转或翻转保存的（EXIF 方向 6），审核时会显示为侧向或镜像，请转正后重新上传',
          params: { name: 'sideways.jpg', orientation: 6 },
          source: 'attachments',
        },
      ],
    });
    const en = await checkFile(bytes, photoSlot, 'sideways.jpg', '', 'en');
    expect(en.issues[0]?.message).toBe(
      'Image "sideways.jpg" is stored rotated or mirrored (EXIF orientation 6) and shows sideways or flipped in review; please straighten it and upload it again',
    );
  });

  it('refuses every orientation 2–8, in a JPEG and in a PNG', async () => {
    for (let n = 2; n <= 8; n += 1) {
      const jpeg = await checkFile(withExif(JPEG_3X2, tiff(n, true)), imageSlot, 'a.jpg');
      expect(jpeg.issues.map((issue) => [issue.code, issue.params['orientation']]), String(n)).toEqual([['attachment-orientation', n]]);
    }
    const png = await checkFile(pngWithExif(PNG_1X1, tiff(3)), imageSlot, 'scan.png');
    expect(png.issues[0]?.message).toBe('图片“scan.png”是旋转或翻转保存的（EXIF 方向 3），审核时会显示为侧向或镜像，请转正后重新上传');
  });

  it('accepts orientation 1 and records it', async () => {
    const bytes = withExif(JPEG_3X2, tiff(1));
    const result = await checkFile(bytes, photoSlot, 'upright.jpg');
    expect(result).toEqual({ ok: true, issues: [], info: { type: 'image/jpeg', size: bytes.byteLength, width: 3, height: 2, orientation: 1 } });
  });

  it('accepts a PNG and a JPEG without EXIF and records no orientation', async () => {
    const png = await checkFile(PNG_1X1, imageSlot, 'scan.png');
    expect(png.ok).toBe(true);
    expect(png.info).not.toHaveProperty('orientation');
    const jpeg = await checkFile(JPEG_3X2, photoSlot, 'photo.jpg');
    expect(jpeg.ok).toBe(true);
    expect(jpeg.info).not.toHaveProperty('orientation');
  });

  it('neither crashes on nor refuses an image whose EXIF segment is damaged', async () => {
    const badOffset = tiff(6);
    new DataView(badOffset.buffer).setUint32(4, 0xfffffff0);
    for (const block of [badOffset, new Uint8Array([0x4d, 0x4d, 0xff, 0x00, 1, 2, 3]), new Uint8Array(0), tiff(6).subarray(0, 12)]) {
      const result = await checkFile(withExif(JPEG_3X2, block), photoSlot, 'odd.jpg');
      expect(result.ok, String(block.byteLength)).toBe(true);
      expect(result.info).toMatchObject({ type: 'image/jpeg', width: 3, height: 2 });
      expect(result.info).not.toHaveProperty('orientation');
    }
  });

  it('still refuses every proper prefix of a JPEG with EXIF as damaged', async () => {
    const whole = withExif(JPEG_3X2, tiff(1));
    for (let length = 0; length < whole.byteLength; length += 1) {
      const result = await checkFile(whole.subarray(0, length), photoSlot, 'cut.jpg');
      expect(result.issues.map((issue) => issue.code), String(length)).toEqual(['attachment-type']);
    }
    expect((await checkFile(whole, photoSlot, 'whole.jpg')).ok).toBe(true);
  });

  it('checks dimensions as the image is meant to be seen: swapped for orientations 5–8', async () => {
    const tall = { ...photoSlot, image: { minHeight: 3 } }; // stored 3×2; upright 2×3 when turned by 90°
    const turned = await checkFile(withExif(JPEG_3X2, tiff(6)), tall, 'p.jpg');
    expect(turned.issues.map((issue) => issue.code)).toEqual(['attachment-orientation']);
    const flipped = await checkFile(withExif(JPEG_3X2, tiff(3)), tall, 'p.jpg');
    expect(flipped.issues.map((issue) => issue.code)).toEqual(['attachment-dimensions', 'attachment-orientation']);
    expect(flipped.issues[0]?.message).toBe('图片“p.jpg”尺寸为 3×2 像素，高度不能小于 3 像素');
    const narrow = await checkFile(withExif(JPEG_3X2, tiff(8)), { ...photoSlot, image: { minWidth: 3 } }, 'p.jpg');
    expect(narrow.issues[0]?.message).toBe('图片“p.jpg”尺寸为 2×3 像素，宽度不能小于 3 像素');
  });

  it('adds no orientation issue to a refused type or a damaged file', async () => {
    const png = await checkFile(pngWithExif(PNG_1X1, tiff(6)), photoSlot, 'photo.jpg');
    expect(png.issues.map((issue) => issue.code)).toEqual(['attachment-type']);
    expect(png.info.orientation).toBe(6);
    const whole = withExif(JPEG_3X2, tiff(6));
    const cut = await checkFile(whole.subarray(0, whole.byteLength - 2), photoSlot, 'cut.jpg');
    expect(cut.issues).toMatchObject([{ code: 'attachment-type', params: { damaged: true } }]);
  });
});
