import { createDeflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AttachmentSlot } from '../types.js';
import { checkFile } from './file-check.js';
import { defaultMaxPixels } from './pixel-limit.js';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A real, complete grayscale PNG of width × height (every pixel black), deflated row by row. */
async function realPng(width: number, height: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(width + 1); // filter 0, then zeros
  for (let y = 0; y < height; y++) if (!deflate.write(row)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', new Uint8Array(0))]);
}

/** A PNG whose header claims width × height over a 1×1 image's data. */
async function pngClaiming(width: number, height: number): Promise<Uint8Array> {
  const one = Buffer.from(await realPng(1, 1));
  one.writeUInt32BE(width, 16);
  one.writeUInt32BE(height, 20);
  one.writeUInt32BE(crc32(one.subarray(12, 29)), 29);
  return one;
}

const slot = (image?: AttachmentSlot['image']): AttachmentSlot =>
  ({ id: 'scan', label: { 'zh-CN': '扫描件' }, accept: ['image/png', 'image/jpeg'], maxBytes: 5 * 1024 * 1024, min: 0, max: 1, ...(image ? { image } : {}) }) as AttachmentSlot;

describe('the pixel count limit (decompression bombs)', () => {
  it('refuses a real 12,000 × 12,000 PNG (a few hundred KB, 576 MB as RGBA) with a Chinese message', async () => {
    const bomb = await realPng(12_000, 12_000);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const result = await checkFile(bomb, slot(), 'bomb.png', '/attachments/scan');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        path: '/attachments/scan',
        code: 'attachment-pixels',
        message: '图片“bomb.png”为 12000×12000 像素（约 144 百万像素），超过上限 40 百万像素，请缩小后重新上传',
        params: { name: 'bomb.png', width: 12_000, height: 12_000, maxPixels: defaultMaxPixels },
        source: 'attachments',
      },
    ]);
  });

  it('refuses a PNG whose header claims 65,535² pixels, in both languages', async () => {
    const claim = await pngClaiming(65_535, 65_535);
    const zh = await checkFile(claim, slot(), 'claim.png');
    expect(zh.issues.map((i) => i.code)).toEqual(['attachment-pixels']);
    const en = await checkFile(claim, slot(), 'claim.png', '', 'en');
    expect(en.issues[0]?.message).toContain('at most 40 megapixels');
  });

  it('a slot may set its own maxPixels; an image within it passes', async () => {
    const image = await realPng(300, 200);
    expect((await checkFile(image, slot({ maxPixels: 50_000 }), 'a.png')).issues.map((i) => i.code)).toEqual(['attachment-pixels']);
    expect((await checkFile(image, slot({ maxPixels: 60_000 }), 'a.png')).ok).toBe(true);
    expect((await checkFile(image, slot(), 'a.png')).ok).toBe(true);
  });
});
