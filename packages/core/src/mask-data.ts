/**
 * A declaration's data as a reader who need not see identity numbers gets it (COMMON-4): every
 * string the schema marks `x-mask` (id, phone) masked by kind, and every other string that embeds
 * a valid resident ID number with that ID masked. Returns the masked copy and the pointers that
 * were masked, so a host can offer a recorded reveal per field. The input is never changed.
 */
import { escapeToken } from './json-pointer.js';
import { maskEmbeddedIds, maskValue } from './mask.js';
import { templateOf, type SchemaIndex } from './schema-index.js';

/** The outcome of {@link maskData}. */
export interface MaskedData {
  /** A copy of the data with the masked strings replaced. */
  data: unknown;
  /** The JSON Pointers of the strings that were masked, in document order. */
  paths: string[];
}

/** Whether a pointer is an attachment reference's own id (a server's file handle, never personal data). */
function isFileId(pointer: string): boolean {
  return /\/attachments\/[^/]+\/\d+\/id$/.test(pointer);
}

/**
 * Masks a declaration's data for a reader who need not see its identity numbers.
 *
 * @example
 * maskData({ idNumber: '42010619900101123X' }, indexSchema(schema));
 * // { data: { idNumber: '4201**********123X' }, paths: ['/idNumber'] }
 */
export function maskData(data: unknown, index: SchemaIndex, today: Date = new Date()): MaskedData {
  const paths: string[] = [];
  const visit = (value: unknown, pointer: string, depth: number): unknown => {
    if (typeof value === 'string') {
      if (isFileId(pointer)) return value;
      const kind = index.get(templateOf(index, pointer))?.mask;
      const masked = kind === undefined ? maskEmbeddedIds(value, today) : maskValue(value, kind);
      if (masked !== value) paths.push(pointer);
      return masked;
    }
    if (depth > 64 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item, i) => visit(item, `${pointer}/${i}`, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a key named `__proto__` stays a plain key of the copy.
      Object.defineProperty(copy, key, { value: visit(item, `${pointer}/${escapeToken(key)}`, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return { data: visit(data, '', 0), paths };
}
