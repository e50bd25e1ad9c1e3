import { describe, it, expect } from 'vitest';
import { isComplete, isCompleteJpeg, isCompletePdf, isCompletePng } from './completeness.js';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A baseline 3×2 JPEG with an APP1 segment that contains FF D9 bytes (like an embedded thumbnail). */
const JPEG = new Uint8Array([
  0xff, 0xd8,
  0xff, 0xe1, 0x00, 0x06, 0xff, 0xd9, 0xff, 0xd9, // APP1 with EOI-looking bytes inside
  0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1),
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
  0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array<number>(15).fill(0), 0x00,
  0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...new Array<number>(15).fill(0), 0x00,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
  0x3f,
  0xff, 0xd9,
]);

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** Every proper prefix of `bytes`. */
function prefixes(bytes: Uint8Array): Uint8Array[] {
  return Array.from({ length: bytes.byteLength }, (_, length) => bytes.subarray(0, length));
}

describe('isCompletePng', () => {
  it('accepts a whole PNG, also with data after IEND', () => {
    expect(isCompletePng(PNG)).toBe(true);
    expect(isCompletePng(new Uint8Array([...PNG, 0, 0, 0]))).toBe(true);
  });

  it('refuses every proper prefix', () => {
    for (const prefix of prefixes(PNG)) expect(isCompletePng(prefix), String(prefix.byteLength)).toBe(false);
  });

  it('refuses a chunk length running past the end', () => {
    const broken = PNG.slice();
    new DataView(broken.buffer).setUint32(33, 0x7fffffff); // IDAT length
    expect(isCompletePng(broken)).toBe(false);
  });
});

describe('isCompleteJpeg', () => {
  it('accepts a whole JPEG, also with data after EOI', () => {
    expect(isCompleteJpeg(JPEG)).toBe(true);
    expect(isCompleteJpeg(new Uint8Array([...JPEG, 0x00, 0x11, 0x22]))).toBe(true);
  });

  it('refuses every proper prefix, even though FF D9 occurs in a header segment', () => {
    for (const prefix of prefixes(JPEG)) expect(isCompleteJpeg(prefix), String(prefix.byteLength)).toBe(false);
  });

  it('tolerates stray bytes between segments', () => {
    const stray = new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0xff, 0xda, 0x00, 0x02, 0x12, 0xff, 0xd9]);
    expect(isCompleteJpeg(stray)).toBe(true);
  });

  it('refuses an EOI before any scan and a segment running past the end', () => {
    expect(isCompleteJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBe(false);
    expect(isCompleteJpeg(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0xff, 0xd9]))).toBe(false);
    expect(isCompleteJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0xff, 0xd9]))).toBe(false);
  });

  it('skips fill bytes and standalone markers', () => {
    const withFill = new Uint8Array([0xff, 0xd8, 0xff, 0xff, 0xd0, 0xff, 0xda, 0x00, 0x02, 0x12, 0xff, 0xd9]);
    expect(isCompleteJpeg(withFill)).toBe(true);
  });
});

describe('isCompletePdf', () => {
  it('accepts %%EOF at the end or within the last 1024 bytes', () => {
    expect(isCompletePdf(PDF)).toBe(true);
    expect(isCompletePdf(new Uint8Array([...PDF, ...new Array<number>(1000).fill(0x20)]))).toBe(true);
  });

  it('refuses a PDF whose %%EOF is missing or too far from the end', () => {
    // Only the final newline may go: every shorter prefix lacks a whole %%EOF.
    for (const prefix of prefixes(PDF)) {
      expect(isCompletePdf(prefix), String(prefix.byteLength)).toBe(prefix.byteLength === PDF.byteLength - 1);
    }
    expect(isCompletePdf(new Uint8Array([...PDF, ...new Array<number>(1030).fill(0x20)]))).toBe(false);
  });
});

describe('isComplete', () => {
  it('dispatches by MIME type and passes unchecked types', () => {
    expect(isComplete(PNG, 'image/png')).toBe(true);
    expect(isComplete(PNG.subarray(0, 40), 'image/png')).toBe(false);
    expect(isComplete(JPEG.subarray(0, 40), 'image/jpeg')).toBe(false);
    expect(isComplete(PDF.subarray(0, 40), 'application/pdf')).toBe(false);
    expect(isComplete(PNG.subarray(0, 40), 'image/gif')).toBe(true);
  });

  it('reads only its view of a larger buffer', () => {
    const backing = new Uint8Array(PNG.byteLength + 20);
    backing.set(PNG, 10);
    expect(isCompletePng(backing.subarray(10, 10 + PNG.byteLength))).toBe(true);
    expect(isCompletePng(backing.subarray(10, 10 + PNG.byteLength - 1))).toBe(false);
  });
});
