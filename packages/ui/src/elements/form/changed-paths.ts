/**
 * What changed since the previous submission (issue 8 item 13): the pointers of every value that
 * differs between two versions of a declaration — each leaf value, and each attachment slot
 * instance whose files (by reference id) differ. A value present on one side only counts.
 */
import { escapeToken } from '@shenbao/core';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a pointer is an attachment slot instance (`…/attachments/<slot>`). */
function isSlot(pointer: string): boolean {
  return /\/attachments\/[^/]+$/.test(pointer);
}

/** The ids of a slot's references, in order. */
function fileIds(value: unknown): string {
  return Array.isArray(value) ? value.map((ref) => (isObject(ref) ? String(ref.id) : '')).join('\u0000') : '';
}

/**
 * The pointers that differ between `before` and `after`.
 *
 * @example
 * changedPaths({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }); // Set { '/b/c' }
 */
export function changedPaths(before: unknown, after: unknown): Set<string> {
  const changed = new Set<string>();
  const visit = (a: unknown, b: unknown, pointer: string, depth: number): void => {
    if (depth > 64) return;
    if (isSlot(pointer)) {
      if (fileIds(a) !== fileIds(b)) changed.add(pointer);
      return;
    }
    if (isObject(a) || isObject(b)) {
      const left = isObject(a) ? a : {};
      const right = isObject(b) ? b : {};
      for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) visit(left[key], right[key], `${pointer}/${escapeToken(key)}`, depth + 1);
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const left: unknown[] = Array.isArray(a) ? a : [];
      const right: unknown[] = Array.isArray(b) ? b : [];
      // A list of items (a group) is compared item by item; a list of choices as one value.
      if ([...left, ...right].some(isObject)) {
        for (let i = 0; i < Math.max(left.length, right.length); i++) visit(left[i], right[i], `${pointer}/${i}`, depth + 1);
        return;
      }
    }
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changed.add(pointer);
  };
  visit(before, after, '', 0);
  return changed;
}
