/**
 * Types of exifr's "mini" ESM build (JPEG parser, TIFF/EXIF segment reader and `orientation()`
 * only; no file-system reader, no zlib). exifr ships types for its full build alone.
 */
declare module 'exifr/dist/mini.esm.mjs' {
  /** The EXIF Orientation tag of a JPEG (any number the file holds), or undefined; throws on unknown formats. */
  export function orientation(input: Uint8Array | ArrayBuffer): Promise<number | undefined>;
}
