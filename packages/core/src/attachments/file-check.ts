/**
 * Checks one uploaded file against its attachment slot (PEM-1, PEM-9): the real type from the content
 * (never the name or the type the browser claims), the size, and for images the pixel dimensions read
 * from the header and whether the image is stored upright (EXIF orientation, see `orientation.ts`).
 * Runs in browsers and Node: `file-type/core`, `image-size` and exifr's mini build need no Node built-ins.
 *
 * Pixel data is not decoded: a file is refused as damaged when its structure is cut off (see
 * `completeness.ts`) or its image header cannot be read; decoding the whole image is the host's job.
 */
import { fileTypeFromBuffer } from 'file-type/core';
import { imageSize } from 'image-size';
import type { AttachmentSlot, Issue, Locale } from '../types.js';
import { isComplete } from './completeness.js';
import { formatSize } from './attachment-messages.js';
import { createIssue } from '../messages/issue-text.js';
import type { IssueCode, IssueParams } from '../messages/issue-params.js';
import { exifOrientation, swapsDimensions, withoutExifSegments } from './orientation.js';
import { exceedsSizeLimit } from './size-limit.js';
import { maxPixelsOf } from './pixel-limit.js';
import { brokenLimits } from './dimension-limits.js';

/** What was found in the file. */
export interface FileInfo {
  /** MIME type sniffed from the content; null when unknown. */
  type: string | null;
  size: number;
  /** Stored pixels, from the image header (before any EXIF orientation is applied). */
  width?: number;
  height?: number;
  /** EXIF orientation (1–8) of a JPEG or PNG that has one; 2–8 means stored rotated or mirrored. */
  orientation?: number;
}

/** The outcome of {@link checkFile}: `ok` is true exactly when there are no issues. */
export interface FileCheckResult {
  ok: boolean;
  issues: Issue[];
  info: FileInfo;
}

/** The type sniffed from the content, or null; never throws. */
async function sniff(bytes: Uint8Array): Promise<{ mime: string; ext: string } | null> {
  if (bytes.byteLength === 0) return null;
  try {
    const found = await fileTypeFromBuffer(bytes);
    return found === undefined ? null : { mime: found.mime, ext: found.ext };
  } catch {
    return null;
  }
}

/**
 * Width and height from an image header, or null when the header cannot be read. image-size reads
 * through `bytes.buffer`, past the end of a view (a `subarray`, a pooled Node Buffer), so a view that
 * does not span its whole buffer is copied first. image-size also reads a JPEG's EXIF and gives up
 * on a damaged one, so a JPEG it cannot read is tried again without its EXIF segments.
 */
function dimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const read = (image: Uint8Array) => {
    try {
      const { width, height } = imageSize(image);
      const valid = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
      return valid(width) && valid(height) ? { width, height } : null;
    } catch {
      return null;
    }
  };
  const found = read(own);
  if (found !== null) return found;
  const stripped = withoutExifSegments(own);
  return stripped === own ? null : read(stripped);
}

/**
 * Checks a file's content against `slot`: `attachment-type` when the sniffed type is not accepted
 * (or the file is empty, cut off, or its image header unreadable), `attachment-size` when it is over
 * `slot.maxBytes`, `attachment-dimensions` when an image is outside `slot.image`, and
 * `attachment-orientation` when an image is stored rotated or mirrored (EXIF orientation 2–8),
 * `attachment-pixels` when an image claims more pixels than the slot's `maxPixels` (pixel-limit.ts).
 * Dimensions are checked as the image is meant to be seen (width and height swapped for
 * orientations 5–8), so straightening it never changes that verdict. Issues are at `path` with
 * `source: 'attachments'`; messages are in `locale`. Never throws.
 *
 * @example
 * const { ok, issues, info } = await checkFile(bytes, photoSlot, 'photo.jpg', '/attachments/photo');
 */
export async function checkFile(
  bytes: Uint8Array,
  slot: AttachmentSlot,
  name: string,
  path = '',
  locale: Locale = 'zh-CN',
): Promise<FileCheckResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(0);
  const size = data.byteLength;
  const issues: Issue[] = [];
  const issue = <C extends IssueCode>(code: C, params: IssueParams<C>): void => {
    issues.push(createIssue(code, params, path, 'attachments', locale));
  };

  const found = await sniff(data);
  const info: FileInfo = { type: found?.mime ?? null, size };
  const accepted = found !== null && (slot.accept as readonly string[]).includes(found.mime);
  const isImage = found !== null && found.mime.startsWith('image/');
  const pixels = isImage ? dimensions(data) : null;
  if (pixels !== null) {
    info.width = pixels.width;
    info.height = pixels.height;
  }
  const maxPixels = maxPixelsOf(slot);
  const tooManyPixels = pixels !== null && pixels.width * pixels.height > maxPixels;
  const orientation = pixels !== null && !tooManyPixels ? await exifOrientation(data) : undefined;
  if (orientation !== undefined) info.orientation = orientation;

  if (size === 0) {
    issue('attachment-type', { name, accept: slot.accept, detected: null, detectedName: null, size: 0 });
  } else if (!accepted) {
    issue('attachment-type', { name, accept: slot.accept, detected: found?.mime ?? null, detectedName: found?.ext.toUpperCase() ?? null });
  }
  const damaged = accepted && ((isImage && pixels === null) || !isComplete(data, found.mime));
  if (damaged) {
    issue('attachment-type', { name, accept: slot.accept, detected: found.mime, detectedName: found.ext.toUpperCase(), damaged: true });
  }

  if (exceedsSizeLimit(size, slot)) {
    issue('attachment-size', {
      name,
      size,
      maxBytes: slot.maxBytes,
      sizeText: formatSize(size, 'up'),
      maxText: formatSize(slot.maxBytes, 'down'),
      ...(slot.maxBytesExclusive === true ? { exclusive: true as const } : {}),
    });
  }

  if (accepted && pixels !== null && tooManyPixels) {
    issue('attachment-pixels', { name, width: pixels.width, height: pixels.height, maxPixels });
  } else if (accepted && !damaged && pixels !== null && slot.image !== undefined) {
    const [width, height] = swapsDimensions(orientation) ? [pixels.height, pixels.width] : [pixels.width, pixels.height];
    const broken = brokenLimits(width, height, slot.image);
    if (Object.keys(broken).length > 0) {
      issue('attachment-dimensions', { name, width, height, ...broken });
    }
  }

  if (accepted && !damaged && orientation !== undefined && orientation !== 1) {
    issue('attachment-orientation', { name, orientation });
  }

  return { ok: issues.length === 0, issues, info };
}
