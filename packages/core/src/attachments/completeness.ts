/**
 * Cheap structural checks that a file of an accepted type is whole, to catch interrupted uploads
 * and cut-off files: a PNG's chunks fit the file and end with IEND; a JPEG's marker segments fit and
 * an end-of-image marker follows the scan; a PDF has `%%EOF` within its last 1024 bytes. Pixel data is
 * not decoded and checksums are not verified. Data after the end marker (phone "motion photo"
 * trailers, padding) is allowed.
 */

/** True when the PNG chunk sequence fits the file and reaches IEND. */
export function isCompletePng(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  while (offset + 8 <= bytes.byteLength) {
    const length = view.getUint32(offset);
    const next = offset + 12 + length;
    if (next > bytes.byteLength) return false;
    const isEnd =
      bytes[offset + 4] === 0x49 && bytes[offset + 5] === 0x45 && bytes[offset + 6] === 0x4e && bytes[offset + 7] === 0x44;
    if (isEnd) return true;
    offset = next;
  }
  return false;
}

/** Markers that stand alone, without a length: TEM and RST0–RST7. */
function isStandaloneMarker(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** True when the JPEG's segments up to the first scan fit the file and an EOI marker follows it. */
export function isCompleteJpeg(bytes: Uint8Array): boolean {
  const length = bytes.byteLength;
  if (length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let offset = 2;
  while (offset < length) {
    while (offset < length && bytes[offset] !== 0xff) offset += 1; // stray bytes, skipped as decoders do
    while (offset < length && bytes[offset] === 0xff) offset += 1; // fill bytes
    if (offset >= length) return false;
    const marker = bytes[offset] ?? 0;
    offset += 1;
    if (marker === 0xd9) return false; // end of image before any scan
    if (isStandaloneMarker(marker)) continue;
    if (offset + 2 > length) return false;
    const segment = ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
    if (segment < 2 || offset + segment > length) return false;
    offset += segment;
    if (marker === 0xda) {
      for (let i = offset; i + 1 < length; i += 1) {
        if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
      }
      return false;
    }
  }
  return false;
}

/** True when `%%EOF` occurs within the last 1024 bytes of the PDF. */
export function isCompletePdf(bytes: Uint8Array): boolean {
  const start = Math.max(0, bytes.byteLength - 1024);
  const marker = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
  for (let i = bytes.byteLength - marker.length; i >= start; i -= 1) {
    if (marker.every((byte, k) => bytes[i + k] === byte)) return true;
  }
  return false;
}

/**
 * True when a file of the given sniffed MIME type looks whole; types without a check count as whole.
 *
 * @example
 * isComplete(pngBytes.subarray(0, 40), 'image/png'); // false: cut before IEND
 */
export function isComplete(bytes: Uint8Array, mime: string): boolean {
  switch (mime) {
    case 'image/png':
      return isCompletePng(bytes);
    case 'image/jpeg':
      return isCompleteJpeg(bytes);
    case 'application/pdf':
      return isCompletePdf(bytes);
    default:
      return true;
  }
}
