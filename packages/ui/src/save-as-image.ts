/**
 * "Save as image" of a confirmation or read-only view (PEC-3): the element, shadow roots and slotted
 * content included, drawn to a PNG by modern-screenshot (which inlines computed styles, so the
 * shadow styles of every `shenbao-*` part come out as on screen), then offered as a download.
 */
import { domToBlob } from 'modern-screenshot';

/** Options of {@link saveAsImage}. */
export interface SaveAsImageOptions {
  /** Pixels per CSS pixel; default the device pixel ratio (1–3), lowered for very long views (see `maxPixels`). */
  scale?: number;
  /** Background behind transparent parts; default white. */
  backgroundColor?: string;
  /** Largest image area in pixels; default 16,777,216 (4096², what iOS Safari can draw). */
  maxPixels?: number;
  /** Offer the image as a download (`<a download>`); default true. False only returns the blob. */
  download?: boolean;
  /** Leaves out nodes for which this returns false (on top of the default: see {@link saveAsImage}). */
  filter?: (node: Node) => boolean;
}

/** Longest side a canvas may have in every current browser. */
const MAX_SIDE = 16_384;
/** The default largest image area. */
const MAX_PIXELS = 4096 * 4096;

/** The scale actually used for an element of `width` × `height` CSS pixels. */
export function captureScale(width: number, height: number, options: Pick<SaveAsImageOptions, 'scale' | 'maxPixels'> = {}): number {
  const wanted = options.scale ?? Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
  if (width <= 0 || height <= 0) return wanted;
  const byArea = Math.sqrt((options.maxPixels ?? MAX_PIXELS) / (width * height));
  const bySide = MAX_SIDE / Math.max(width, height);
  return Math.min(wanted, byArea, bySide);
}

/** Leaves out what is not part of the view: buttons bars and anything marked `data-shenbao-no-capture`. */
function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.hasAttribute('data-shenbao-no-capture')) return false;
  return !(node.getAttribute('part') ?? '').split(/\s+/).includes('actions');
}

/** `name` with a `.png` ending. */
function pngName(name: string): string {
  const base = name.trim() || 'image';
  return /\.png$/i.test(base) ? base : `${base}.png`;
}

/** Offers a blob as a download under `name`. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; release it once the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Draws `element` (with its shadow roots and slotted content) to a PNG, offers it as a download
 * named `fileName` (`.png` added when missing) and resolves with the image. Left out: elements with
 * `data-shenbao-no-capture` (put it on your own 保存为图片 button) and button bars
 * (`part="actions"`). In-app browsers that ignore downloads (WeChat) can show the returned blob in an
 * `<img>` for a long-press save.
 *
 * @example
 * const blob = await saveAsImage(form, '医师资格考试预报名信息确认');
 */
export async function saveAsImage(element: HTMLElement, fileName: string, options: SaveAsImageOptions = {}): Promise<Blob> {
  const box = element.getBoundingClientRect();
  const blob = await domToBlob(element, {
    type: 'image/png',
    scale: captureScale(box.width, box.height, options),
    backgroundColor: options.backgroundColor ?? '#fff',
    filter: (node) => keep(node) && (options.filter ? options.filter(node) : true),
  });
  if (options.download !== false) download(blob, pngName(fileName));
  return blob;
}
