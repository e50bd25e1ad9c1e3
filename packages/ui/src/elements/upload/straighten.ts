/**
 * Straightens an image stored rotated or mirrored (PEM-9, core's `attachment-orientation`): the
 * browser decodes it with its EXIF orientation applied (`createImageBitmap(…, { imageOrientation:
 * 'from-image' })`), draws the upright pixels on a canvas and encodes them again. The new file has no
 * EXIF at all, so nothing can turn it sideways again; it keeps the original's name.
 */

/** The image types a straightened file can be encoded as. */
export type StraightenType = 'image/jpeg' | 'image/png';

/** JPEG qualities tried in turn until the file fits the slot's size (the last is kept either way). */
const JPEG_QUALITIES = [0.92, 0.85, 0.75];

/** True when this browser can decode and re-encode images here. */
export function canStraighten(): boolean {
  return typeof createImageBitmap === 'function' && (typeof OffscreenCanvas === 'function' || typeof document !== 'undefined');
}

/**
 * The type to encode a straightened image as: the original's when the slot takes it (a PNG stays a
 * PNG, keeping its transparency), else JPEG when the slot takes JPEG, else PNG; undefined when the
 * slot takes neither.
 */
export function straightenType(original: string | null, accept: readonly string[]): StraightenType | undefined {
  if ((original === 'image/jpeg' || original === 'image/png') && accept.includes(original)) return original;
  if (accept.includes('image/jpeg')) return 'image/jpeg';
  if (accept.includes('image/png')) return 'image/png';
  return undefined;
}

type Canvas = OffscreenCanvas | HTMLCanvasElement;

/** A canvas of width × height: an OffscreenCanvas where there is one, else a detached `<canvas>`. */
function canvasOf(width: number, height: number): Canvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** The canvas's pixels encoded as `type`. */
function encode(canvas: Canvas, type: StraightenType, quality: number | undefined): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`cannot encode ${type}`))), type, quality),
  );
}

/**
 * An upright copy of `image`, encoded as `type` and named `name`. A JPEG is drawn on white (a
 * transparent PNG would turn black) and encoded at lower qualities while it is over `maxBytes`.
 * Rejects when the browser cannot decode the image.
 *
 * @example
 * const upright = await straightenImage(sideways, 'photo.jpg', 'image/jpeg', 30 * 1024);
 */
export async function straightenImage(image: Blob, name: string, type: StraightenType, maxBytes = Infinity): Promise<File> {
  const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
  try {
    const canvas = canvasOf(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) throw new Error('no 2D canvas');
    if (type === 'image/jpeg') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, bitmap.width, bitmap.height);
    }
    context.drawImage(bitmap, 0, 0);
    let blob = await encode(canvas, type, type === 'image/jpeg' ? JPEG_QUALITIES[0] : undefined);
    if (type === 'image/jpeg') {
      for (const quality of JPEG_QUALITIES.slice(1)) {
        if (blob.size <= maxBytes) break;
        blob = await encode(canvas, type, quality);
      }
    }
    return new File([blob], name, { type });
  } finally {
    bitmap.close();
  }
}
