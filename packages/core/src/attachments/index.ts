/**
 * The attachments module: content checks of single files and count checks of slots.
 */
export { checkFile, type FileCheckResult, type FileInfo } from './file-check.js';
export { checkSlotCount, type SlotCountLimits } from './slot-count.js';
export { checkRecordedFile, recordedFileFits } from './recorded-file.js';
export { isComplete } from './completeness.js';
export { acceptedTypesText, formatSize, type DimensionLimits } from './attachment-messages.js';
export { exifOrientation } from './orientation.js';
export { exceedsSizeLimit, sizeLimitText, type SizeLimit } from './size-limit.js';
export { defaultMaxPixels, maxPixelsOf } from './pixel-limit.js';
