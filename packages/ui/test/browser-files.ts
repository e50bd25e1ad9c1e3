/**
 * Real files for browser tests, made in the page: PNG and JPEG images drawn on a canvas and encoded
 * by the browser itself (a JPEG can be given an EXIF orientation), the start of a Windows
 * executable, and a minimal PDF.
 */

/** An image of width × height in one colour, encoded by the browser as `type`. */
export async function canvasImage(type: 'image/png' | 'image/jpeg', width: number, height: number, colour = '#ffffff'): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, width, height);
  const blob = await canvas.convertToBlob({ type, quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The start of a Windows executable (DOS header with a PE header behind it), as the reference server's tests use. */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03], 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c); // e_lfanew = 0x80, little-endian
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
  return bytes;
}

/** A minimal one-page PDF. */
export function pdfBytes(): Uint8Array {
  return new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** A File with these bytes; `type` is what the browser would claim (never believed by the checks). */
export function fileOf(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes as BlobPart], name, { type });
}

/**
 * `jpeg` with an APP1 `Exif` segment spliced in after SOI whose IFD0 holds one tag, Orientation =
 * `orientation`, as a phone writes it for a photo taken sideways (6: turn 90° clockwise to view).
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = new Uint8Array(26);
  const view = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], 0); // big-endian TIFF header, IFD0 at 8
  view.setUint16(8, 1); // one entry
  view.setUint16(10, 0x0112); // Orientation
  view.setUint16(12, 3); // SHORT
  view.setUint32(14, 1); // one value
  view.setUint16(18, orientation);
  const length = 2 + 6 + tiff.byteLength;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}
