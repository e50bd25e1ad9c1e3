import { describe, it, expect } from 'vitest';
import type { AttachmentSlot } from '../types.js';
import { checkFile } from './file-check.js';
import { JPEG_3X2, PNG_1X1, onePhoto, pngChunk } from '../../test/images.js';

/** A real minimal PDF. */
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n' +
    'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** The start of a Windows executable: DOS `MZ` header whose e_lfanew points at a `PE\0\0` signature. */
function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a], 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
  return bytes;
}

/** A PNG whose header claims width × height: the 1×1 image's data under a different IHDR. */
function pngClaiming(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rest = PNG_1X1.subarray(33); // IDAT and IEND of the real image
  return new Uint8Array([...PNG_1X1.subarray(0, 8), ...pngChunk('IHDR', ihdr), ...rest]);
}

/** `bytes` followed by zero padding up to `size` bytes. */
function padded(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}

const imageSlot: AttachmentSlot = {
  id: 'materials',
  label: { 'zh-CN': '材料', en: 'Materials' },
  accept: ['image/jpeg', 'image/png'],
  maxBytes: 500 * 1024,
  min: 0,
  max: 5,
};
const photoSlot: AttachmentSlot = { ...onePhoto, image: { minWidth: 2, minHeight: 2, maxWidth: 600, maxHeight: 800 } };
const pdfSlot: AttachmentSlot = { ...imageSlot, id: 'report', accept: ['application/pdf'] };

describe('checkFile: accepted files', () => {
  it('accepts a real PNG and reads its size', async () => {
    const result = await checkFile(PNG_1X1, imageSlot, 'scan.png');
    expect(result).toEqual({ ok: true, issues: [], info: { type: 'image/png', size: PNG_1X1.byteLength, width: 1, height: 1 } });
  });

  it('accepts a real JPEG and reads its size', async () => {
    const result = await checkFile(JPEG_3X2, photoSlot, 'photo.jpg');
    expect(result).toEqual({ ok: true, issues: [], info: { type: 'image/jpeg', size: JPEG_3X2.byteLength, width: 3, height: 2 } });
  });

  it('accepts a real PDF without dimensions', async () => {
    const result = await checkFile(PDF, pdfSlot, 'report.pdf');
    expect(result).toEqual({ ok: true, issues: [], info: { type: 'application/pdf', size: PDF.byteLength } });
  });

  it('trusts the content, not the name', async () => {
    const result = await checkFile(JPEG_3X2, imageSlot, 'document.exe');
    expect(result.ok).toBe(true);
    expect(result.info.type).toBe('image/jpeg');
  });

  it('accepts a file of exactly maxBytes', async () => {
    const result = await checkFile(padded(JPEG_3X2, 500 * 1024), imageSlot, 'big.jpg');
    expect(result.ok).toBe(true);
  });
});

describe('checkFile: wrong type', () => {
  it('refuses an executable named photo.jpg and names what it is', async () => {
    const result = await checkFile(exeBytes(), imageSlot, 'photo.jpg', '/attachments/photo');
    expect(result.ok).toBe(false);
    expect(result.info.type).toBe('application/x-msdownload');
    expect(result.info.width).toBeUndefined();
    expect(result.issues).toEqual([
      {
        path: '/attachments/photo',
        code: 'attachment-type',
        message: '文件“photo.jpg”不是允许的类型（JPG/PNG），实际内容为 EXE',
        params: { name: 'photo.jpg', accept: ['image/jpeg', 'image/png'], detected: 'application/x-msdownload', detectedName: 'EXE' },
        source: 'attachments',
      },
    ]);
  });

  it('says it in English', async () => {
    const result = await checkFile(exeBytes(), imageSlot, 'photo.jpg', '', 'en');
    expect(result.issues[0]?.message).toBe('File "photo.jpg" is not an allowed type (JPG/PNG); its content is EXE');
  });

  it('refuses a PNG in a JPG-only slot', async () => {
    const result = await checkFile(PNG_1X1, photoSlot, 'photo.jpg');
    expect(result.issues.map((issue) => issue.code)).toEqual(['attachment-type']);
    expect(result.issues[0]?.message).toBe('文件“photo.jpg”不是允许的类型（JPG），实际内容为 PNG');
    expect(result.info).toMatchObject({ type: 'image/png', width: 1, height: 1 });
  });

  it('refuses a PDF in an image slot and an image in a PDF slot', async () => {
    const pdfAsImage = await checkFile(PDF, imageSlot, 'scan.jpg');
    expect(pdfAsImage.issues[0]?.message).toBe('文件“scan.jpg”不是允许的类型（JPG/PNG），实际内容为 PDF');
    const imageAsPdf = await checkFile(JPEG_3X2, pdfSlot, 'report.pdf');
    expect(imageAsPdf.issues[0]?.message).toBe('文件“report.pdf”不是允许的类型（PDF），实际内容为 JPG');
  });

  it('calls unrecognised content unknown', async () => {
    const text = new TextEncoder().encode('just some text, not an image at all');
    const zh = await checkFile(text, imageSlot, 'a.png');
    expect(zh.info.type).toBeNull();
    expect(zh.issues[0]).toMatchObject({ code: 'attachment-type', message: '文件“a.png”不是允许的类型（JPG/PNG），实际内容为 未知', params: { detected: null } });
    const en = await checkFile(text, imageSlot, 'a.png', '', 'en');
    expect(en.issues[0]?.message).toBe('File "a.png" is not an allowed type (JPG/PNG); its content is unknown');
  });

  it('refuses zero bytes', async () => {
    const result = await checkFile(new Uint8Array(0), imageSlot, 'empty.jpg', '/attachments/x');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/attachments/x',
          code: 'attachment-type',
          message: '文件“empty.jpg”是空文件',
          params: { name: 'empty.jpg', accept: ['image/jpeg', 'image/png'], detected: null, detectedName: null, size: 0 },
          source: 'attachments',
        },
      ],
      info: { type: null, size: 0 },
    });
  });
});

describe('checkFile: damaged files', () => {
  it('refuses a truncated PNG without throwing', async () => {
    for (const length of [4, 8, 12, 20, 30]) {
      const result = await checkFile(PNG_1X1.subarray(0, length), imageSlot, 'cut.png');
      expect(result.ok, String(length)).toBe(false);
      expect(result.issues.map((issue) => issue.code), String(length)).toEqual(['attachment-type']);
    }
  });

  it('reads only the bytes of a view, not the rest of its buffer', async () => {
    const backing = new Uint8Array(200);
    backing.set(PNG_1X1, 50);
    const view = backing.subarray(50, 70); // signature, IHDR start and the width, but no height
    const result = await checkFile(view, imageSlot, 'cut.png');
    expect(result.issues.map((issue) => issue.code)).toEqual(['attachment-type']);
    const whole = await checkFile(backing.subarray(50, 50 + PNG_1X1.byteLength), imageSlot, 'whole.png');
    expect(whole).toMatchObject({ ok: true, info: { width: 1, height: 1 } });
  });

  it('refuses a JPEG cut before its size marker as damaged', async () => {
    const result = await checkFile(JPEG_3X2.subarray(0, 30), imageSlot, 'cut.jpg');
    expect(result.info.type).toBe('image/jpeg');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'attachment-type', params: { damaged: true, detected: 'image/jpeg' } });
    expect(result.issues[0]?.message).toBe('文件“cut.jpg”已损坏或不完整，请重新上传');
    const en = await checkFile(JPEG_3X2.subarray(0, 30), imageSlot, 'cut.jpg', '', 'en');
    expect(en.issues[0]?.message).toBe('File "cut.jpg" is damaged or incomplete; please upload it again');
  });

  it('refuses files cut off after their header', async () => {
    const png = await checkFile(PNG_1X1.subarray(0, 40), imageSlot, 'cut.png');
    expect(png.info).toMatchObject({ type: 'image/png', width: 1, height: 1 });
    expect(png.issues).toMatchObject([{ code: 'attachment-type', params: { damaged: true } }]);
    const jpeg = await checkFile(JPEG_3X2.subarray(0, JPEG_3X2.byteLength - 2), imageSlot, 'cut.jpg');
    expect(jpeg.info).toMatchObject({ type: 'image/jpeg', width: 3, height: 2 });
    expect(jpeg.issues).toMatchObject([{ code: 'attachment-type', params: { damaged: true } }]);
    const pdf = await checkFile(PDF.subarray(0, 60), pdfSlot, 'cut.pdf');
    expect(pdf.issues).toMatchObject([{ code: 'attachment-type', params: { damaged: true, detected: 'application/pdf' } }]);
  });

  it('skips the dimension check of a damaged image', async () => {
    const cut = pngClaiming(5000, 1).subarray(0, 40);
    const result = await checkFile(cut, { ...imageSlot, image: { maxWidth: 100 } }, 'cut.png');
    expect(result.issues.map((issue) => issue.code)).toEqual(['attachment-type']);
  });

  it('never throws and refuses every proper prefix of the sample files', async () => {
    const anySlot: AttachmentSlot = { ...imageSlot, accept: ['image/jpeg', 'image/png', 'application/pdf'] };
    // [bytes, shortest length that is whole]: a PDF may lose its final newline; an executable is never accepted.
    const samples: Array<[Uint8Array, number]> = [
      [PNG_1X1, PNG_1X1.byteLength],
      [JPEG_3X2, JPEG_3X2.byteLength],
      [PDF, PDF.byteLength - 1],
      [exeBytes().subarray(0, 140), Infinity],
    ];
    for (const [sample, wholeFrom] of samples) {
      for (let length = 0; length <= sample.byteLength; length += 1) {
        const result = await checkFile(sample.subarray(0, length), anySlot, 'f');
        expect(result.info.size).toBe(length);
        expect(result.ok, `${length} of ${sample.byteLength}`).toBe(length >= wholeFrom);
        expect(result.ok).toBe(result.issues.length === 0);
      }
    }
  });

  it('treats a non-byte input given at run time as empty', async () => {
    const result = await checkFile('not bytes' as unknown as Uint8Array, imageSlot, 'x');
    expect(result.ok).toBe(false);
    expect(result.info).toEqual({ type: null, size: 0 });
  });
});

describe('checkFile: size', () => {
  it('refuses a file over the limit in KB', async () => {
    const bytes = padded(JPEG_3X2, 612 * 1024 - 100);
    const result = await checkFile(bytes, imageSlot, 'x.jpg', '/attachments/materials');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        path: '/attachments/materials',
        code: 'attachment-size',
        message: '文件“x.jpg”大小为 612 KB，超过 500 KB 上限',
        params: { name: 'x.jpg', size: bytes.byteLength, maxBytes: 500 * 1024, sizeText: '612 KB', maxText: '500 KB' },
        source: 'attachments',
      },
    ]);
    const en = await checkFile(bytes, imageSlot, 'x.jpg', '', 'en');
    expect(en.issues[0]?.message).toBe('File "x.jpg" is 612 KB, over the 500 KB limit');
  });

  it('never shows an over-limit size equal to the limit', async () => {
    const result = await checkFile(padded(JPEG_3X2, 30 * 1024 + 1), photoSlot, 'photo.jpg');
    expect(result.issues[0]?.message).toBe('文件“photo.jpg”大小为 31 KB，超过 30 KB 上限');
  });

  it('小于 30 KB (maxBytesExclusive): a photo of exactly 30 KB is refused, one byte less passes', async () => {
    const under = { ...photoSlot, maxBytes: 30 * 1024, maxBytesExclusive: true };
    const exact = await checkFile(padded(JPEG_3X2, 30 * 1024), under, 'photo.jpg');
    expect(exact.issues.map((issue) => issue.code)).toContain('attachment-size');
    const issue = exact.issues.find((i) => i.code === 'attachment-size');
    expect(issue?.message).toBe('文件“photo.jpg”大小为 30 KB，须小于 30 KB');
    expect(issue?.params).toMatchObject({ size: 30 * 1024, maxBytes: 30 * 1024, exclusive: true });
    const en = await checkFile(padded(JPEG_3X2, 30 * 1024), under, 'photo.jpg', '', 'en');
    expect(en.issues.find((i) => i.code === 'attachment-size')?.message).toBe('File "photo.jpg" is 30 KB; it must be under 30 KB');
    const below = await checkFile(padded(JPEG_3X2, 30 * 1024 - 1), under, 'photo.jpg');
    expect(below.issues.map((i) => i.code)).not.toContain('attachment-size');
  });

  it('不超过 500 KB (default): exactly the limit passes, one byte more is refused', async () => {
    const atMost = { ...imageSlot, maxBytes: 500 * 1024 };
    expect((await checkFile(padded(JPEG_3X2, 500 * 1024), atMost, 'x.jpg')).issues.map((i) => i.code)).not.toContain('attachment-size');
    expect((await checkFile(padded(JPEG_3X2, 500 * 1024 + 1), atMost, 'x.jpg')).issues.map((i) => i.code)).toContain('attachment-size');
  });

  it('reports size and type together', async () => {
    const result = await checkFile(padded(exeBytes(), 40 * 1024), photoSlot, 'photo.jpg');
    expect(result.issues.map((issue) => issue.code)).toEqual(['attachment-type', 'attachment-size']);
  });

  it('shows small limits in bytes', async () => {
    const result = await checkFile(PNG_1X1, { ...imageSlot, maxBytes: 50 }, 'tiny.png');
    expect(result.issues[0]?.message).toBe(`文件“tiny.png”大小为 ${PNG_1X1.byteLength} B，超过 50 B 上限`);
  });
});

describe('checkFile: dimensions', () => {
  it('refuses a PNG whose header claims a width of 5000', async () => {
    const bytes = pngClaiming(5000, 1);
    const slot: AttachmentSlot = { ...imageSlot, image: { maxWidth: 2000 } };
    const result = await checkFile(bytes, slot, 'wide.png', '/attachments/materials');
    expect(result.info).toMatchObject({ type: 'image/png', width: 5000, height: 1 });
    expect(result.issues).toEqual([
      {
        path: '/attachments/materials',
        code: 'attachment-dimensions',
        message: '图片“wide.png”尺寸为 5000×1 像素，宽度不能超过 2000 像素',
        params: { name: 'wide.png', width: 5000, height: 1, maxWidth: 2000 },
        source: 'attachments',
      },
    ]);
  });

  it('names every broken limit', async () => {
    const slot: AttachmentSlot = { ...imageSlot, image: { minWidth: 295, minHeight: 413 } };
    const zh = await checkFile(PNG_1X1, slot, 'small.png');
    expect(zh.issues[0]?.message).toBe('图片“small.png”尺寸为 1×1 像素，宽度不能小于 295 像素，高度不能小于 413 像素');
    expect(zh.issues[0]?.params).toEqual({ name: 'small.png', width: 1, height: 1, minWidth: 295, minHeight: 413 });
    const en = await checkFile(PNG_1X1, slot, 'small.png', '', 'en');
    expect(en.issues[0]?.message).toBe('Image "small.png" is 1×1 px; width must be at least 295 px; height must be at least 413 px');
  });

  it('checks the height limits of a JPEG', async () => {
    const tooShort = await checkFile(JPEG_3X2, { ...photoSlot, image: { minHeight: 3 } }, 'p.jpg');
    expect(tooShort.issues[0]?.params).toMatchObject({ minHeight: 3 });
    const tooTall = await checkFile(JPEG_3X2, { ...photoSlot, image: { maxHeight: 1, maxWidth: 3 } }, 'p.jpg');
    expect(tooTall.issues[0]?.message).toBe('图片“p.jpg”尺寸为 3×2 像素，高度不能超过 1 像素');
  });

  it('accepts images on the limits and skips the check without limits', async () => {
    const onLimits = await checkFile(JPEG_3X2, { ...photoSlot, image: { minWidth: 3, maxWidth: 3, minHeight: 2, maxHeight: 2 } }, 'p.jpg');
    expect(onLimits.ok).toBe(true);
    const noLimits = await checkFile(pngClaiming(5000, 5000), imageSlot, 'huge.png');
    expect(noLimits.ok).toBe(true);
    expect(noLimits.info).toMatchObject({ width: 5000, height: 5000 });
  });

  it('does not add a dimension issue to a refused type', async () => {
    const result = await checkFile(pngClaiming(5000, 1), { ...photoSlot, image: { maxWidth: 600 } }, 'wide.png');
    expect(result.issues.map((issue) => issue.code)).toEqual(['attachment-type']);
  });
});
