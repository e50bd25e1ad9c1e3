/**
 * The two labelled places of a front/back slot (PEM-2, RN-2: exactly two images, 正面 and 反面).
 * A reference names its place (`place: 'front' | 'back'`), so a back that finished uploading first
 * still shows as the back, and deleting the front leaves the back where it is. References without
 * a place (stored before places were recorded) take the places in order.
 */
import type { AttachmentRef, AttachmentPlace } from '@shenbao/core';

/** The places in screen order: 正面, then 反面. */
export const placeNames: readonly AttachmentPlace[] = ['front', 'back'];

/** The files of a two-place slot by place (`[front, back]`, either may be missing). */
export function filesByPlace(list: readonly AttachmentRef[]): (AttachmentRef | undefined)[] {
  const out: (AttachmentRef | undefined)[] = [undefined, undefined];
  const rest: AttachmentRef[] = [];
  for (const ref of list) {
    const at = ref.place === undefined ? -1 : placeNames.indexOf(ref.place);
    if (at >= 0 && out[at] === undefined) out[at] = ref;
    else rest.push(ref);
  }
  for (const ref of rest) {
    const free = out.findIndex((f) => f === undefined);
    if (free < 0) break;
    out[free] = ref;
  }
  return out;
}

/** The place index (0 正面, 1 反面) of the `i`th file of a two-place slot's list. */
export function placeIndexOf(list: readonly AttachmentRef[], i: number): number {
  const ref = list[i];
  return ref ? filesByPlace(list).indexOf(ref) : i;
}

/** The list with `ref` put at place `index` (replacing what was there), front first. */
export function putAtPlace(list: readonly AttachmentRef[], ref: AttachmentRef, index: number): AttachmentRef[] {
  const placed = filesByPlace(list);
  placed[index] = { ...ref, place: placeNames[index]! };
  return placed.filter((f): f is AttachmentRef => f !== undefined).map((f, i) => (f.place ? f : { ...f, place: placeNames[placed.indexOf(f)] ?? placeNames[i]! }));
}
