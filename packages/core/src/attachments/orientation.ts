/**
 * The EXIF orientation of an image (PEM-9: images upright). A phone photo taken sideways is often
 * stored with its pixels sideways and an EXIF Orientation tag saying how to turn them (6: 90°
 * clockwise, 8: 90° anticlockwise, 3: 180°, 2/4/5/7: mirrored); viewers that ignore EXIF show it
 * sideways or flipped.
 *
 * Read with exifr's "mini" ESM build, which has no file-system reader and needs no Node built-ins
 * (its default "full" build loads `zlib` in Node). It parses JPEG only, so the TIFF block of a PNG
 * `eXIf` chunk is handed to it as the APP1 segment of an otherwise empty JPEG: the two hold the
 * same TIFF structure.
 */
/// <reference path="./exifr-mini.d.ts" />
import { orientation as exifrOrientation } from 'exifr/dist/mini.esm.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The largest TIFF block an APP1 segment holds: 65535 minus the length field and `Exif\0\0`. */
const MAX_APP1_TIFF = 0xffff - 2 - 6;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.byteLength >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** The data of a PNG's `eXIf` chunk (a TIFF block), or undefined; stops at IEND or the end of the bytes. */
function pngExif(bytes: Uint8Array): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  while (offset + 8 <= bytes.byteLength) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'eXIf') return bytes.subarray(offset + 8, Math.min(offset + 8 + length, bytes.byteLength));
    if (type === 'IEND') return undefined;
    offset += 12 + length;
  }
  return undefined;
}

/** A JPEG holding nothing but an APP1 Exif segment with `tiff` (cut to what a segment holds). */
function jpegWithExif(tiff: Uint8Array): Uint8Array {
  const body = tiff.subarray(0, MAX_APP1_TIFF);
  const segmentLength = 2 + 6 + body.byteLength;
  return new Uint8Array([
    0xff, 0xd8, // SOI
    0xff, 0xe1, segmentLength >> 8, segmentLength & 0xff, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // APP1 "Exif\0\0"
    ...body,
    0xff, 0xd9, // EOI
  ]);
}

/**
 * The EXIF orientation (1–8) of a JPEG or PNG, or undefined when the file has none, is another
 * type, or its EXIF cannot be read. Never throws: damaged EXIF counts as none.
 *
 * @example
 * await exifOrientation(sidewaysPhoneJpeg); // 6: the pixels must be turned 90° clockwise to be upright
 */
export async function exifOrientation(bytes: Uint8Array): Promise<number | undefined> {
  try {
    let jpeg: Uint8Array | undefined;
    if (startsWith(bytes, [0xff, 0xd8, 0xff])) jpeg = bytes;
    else if (startsWith(bytes, PNG_SIGNATURE)) {
      const tiff = pngExif(bytes);
      if (tiff !== undefined && tiff.byteLength > 0) jpeg = jpegWithExif(tiff);
    }
    if (jpeg === undefined) return undefined;
    const value = await exifrOrientation(jpeg);
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JPEG without its APP1 `Exif` segments (the rest byte for byte), or the bytes as they are when
 * they are not a JPEG whose segments can be walked up to the scan. Lets the pixel dimensions be read
 * from a file whose EXIF is damaged: image-size gives up on the whole file then.
 */
export function withoutExifSegments(bytes: Uint8Array): Uint8Array {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return bytes;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  let removed = false;
  while (offset + 4 <= bytes.byteLength && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    if (marker === 0xda) break; // start of scan: the rest is image data
    const end = offset + 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
    if (end > bytes.byteLength) return bytes;
    const exif = marker === 0xe1 && String.fromCharCode(...bytes.subarray(offset + 4, Math.min(offset + 8, end))) === 'Exif';
    if (exif) removed = true;
    else kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  if (!removed) return bytes;
  kept.push(bytes.subarray(offset));
  const out = new Uint8Array(kept.reduce((n, part) => n + part.byteLength, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** True for the orientations whose upright image has width and height swapped (5–8: turned by 90°). */
export function swapsDimensions(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5 && orientation <= 8;
}
