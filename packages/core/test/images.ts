/**
 * Test support for core's attachment checks: real image bytes (a 1×1 PNG, a 3×2 baseline JPEG)
 * and the PNG chunk writer that splices in a different header or an `eXIf` chunk; the slot they go in.
 */
import type { AttachmentSlot } from '../src/types.js';

/** A slot for one JPEG photo of up to 30 KB. */
export const onePhoto: AttachmentSlot = {
  id: 'photo',
  label: { 'zh-CN': '照片', en: 'Photo' },
  accept: ['image/jpeg'],
  maxBytes: 30 * 1024,
  min: 1,
  max: 1,
};

/** A real 1×1 RGBA PNG. */
export const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/**
 * A real baseline JPEG of 3×2 pixels, grey: one 8×8 block whose DC difference is 0 and whose AC
 * coefficients end at once (EOB), with one-code Huffman tables and a JFIF APP0 segment.
 */
export const JPEG_3X2 = new Uint8Array([
  0xff, 0xd8, // SOI
  0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // APP0 JFIF
  0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1), // DQT, table 0, all ones
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00, // SOF0: 8 bit, height 2, width 3, 1 component
  0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array<number>(15).fill(0), 0x00, // DHT DC 0: one 1-bit code for category 0
  0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...new Array<number>(15).fill(0), 0x00, // DHT AC 0: one 1-bit code for EOB
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, // SOS
  0x3f, // scan: DC '0', EOB '0', padded with ones
  0xff, 0xd9, // EOI
]);

/** CRC-32 as used by PNG chunks. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG chunk of `type` with its length and correct CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}
