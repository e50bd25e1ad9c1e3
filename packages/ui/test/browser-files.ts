/**
 * Real files for browser tests, made in the page: PNG and JPEG images drawn on a canvas and encoded
 * by the browser itself, the start of a Windows executable, and a minimal PDF.
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
