/**
 * Tiny but real files for tests, built byte by byte: a baseline grayscale JPEG and a grayscale PNG
 * of any size (valid headers, whole structure, decodable pixels), a minimal PDF and the start of a
 * Windows executable.
 */
import { createDeflate, deflateSync } from 'node:zlib';

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/**
 * A mid-grey baseline JPEG of width × height. Huffman tables with a single one-bit code each: every
 * 8×8 block is "DC difference 0, end of block", two bits, so a 295×413 photo is under 1 KB.
 * `shade` (0–255) changes a quantisation byte only, to make files of the same size differ.
 */
export function jpeg(width: number, height: number, shade = 1): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const scan = new Array<number>(Math.ceil(bits / 8)).fill(0);
  if (bits % 8 !== 0) scan[scan.length - 1] = 0xff >> (bits % 8); // pad with 1-bits
  const quant = new Array<number>(64).fill(1);
  quant[63] = Math.max(1, shade & 0xff);
  const huffman = (tableClass: number) => [0xff, 0xc4, ...u16(20), tableClass, 1, ...new Array<number>(15).fill(0), 0x00];
  return Uint8Array.from([
    0xff, 0xd8,
    0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, ...u16(1), ...u16(1), 0, 0,
    0xff, 0xdb, ...u16(67), 0x00, ...quant,
    0xff, 0xc0, ...u16(11), 8, ...u16(height), ...u16(width), 1, 1, 0x11, 0,
    ...huffman(0x00),
    ...huffman(0x10),
    0xff, 0xda, ...u16(8), 1, 1, 0x00, 0, 63, 0,
    ...scan,
    0xff, 0xd9,
  ]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: readonly number[]): number[] {
  const body = [...Buffer.from(type, 'latin1'), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** A grayscale PNG of width × height filled with `shade`. */
export function png(width: number, height: number, shade = 200): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height, shade & 0xff);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter type 0 per row
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 0, 0, 0, 0]),
    ...chunk('IDAT', [...deflateSync(raw)]),
    ...chunk('IEND', []),
  ]);
}

/**
 * A real, complete black grayscale PNG of any size, deflated row by row (never held raw): a
 * 12,000 × 12,000 one is about 140 KB. `claim` rewrites the header's size afterwards (a PNG
 * claiming more pixels than its data holds).
 */
export async function bigPng(width: number, height: number, claim?: { width: number; height: number }): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(width + 1);
  for (let y = 0; y < height; y++) if (!deflate.write(row)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await ended;
  const size = claim ?? { width, height };
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(size.width), ...u32(size.height), 8, 0, 0, 0, 0]),
    ...chunk('IDAT', [...Buffer.concat(parts)]),
    ...chunk('IEND', []),
  ]);
}

/** A minimal one-page PDF. */
export function pdf(text = 'shenbao'): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** The start of a Windows executable (DOS header with a PE header behind it). */
export function exe(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03], 0);
  bytes.set(u32(0x80).reverse(), 0x3c); // e_lfanew, little-endian
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
  return bytes;
}
