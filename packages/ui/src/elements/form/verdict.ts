/**
 * One way from the verdict to the screen: every place that shows part of an evaluation — a field
 * (`<shenbao-field>`), a repeatable group (`<shenbao-group>`) and an attachment slot
 * (`<shenbao-upload>`) — gets its required mark, visibility and message from {@link showVerdict},
 * pushed in place, never through the form's templates (which render structure and data only).
 * After a render that may have added places, every place is brought in step ({@link updatePlaces});
 * after an evaluation only the places whose state changed ({@link changedPlaces},
 * {@link updatePlacesAt}), so a keystroke's evaluation costs the places it changed, not a pass over
 * the whole form. Computed values are the store's (form-store.ts), not the view's.
 *
 * How many messages a place shows — one policy for all three: every distinct message whose path is
 * the place's own (a slot: also its files', `/attachments/photo/0`), in the evaluation's order,
 * joined with 「；」, once the place shows errors (touched, its step checked, or not filling in).
 */
import { getAt } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import type { ShenbaoField } from '../field/field.js';
import type { ShenbaoGroup } from '../group/group.js';
import type { ShenbaoUpload } from '../upload/upload.js';
import type { FormView } from './form-view.js';

/** An element that shows part of the verdict. */
export type Place = ShenbaoField | ShenbaoGroup | ShenbaoUpload;

/** The rendered places by path (a path can be rendered more than once). */
export type PlaceIndex = Map<string, Place[]>;

const placeSelector = 'shenbao-field, shenbao-group[data-path], shenbao-upload[data-path]';
/** A file of a slot (`…/attachments/<slot>/<n>`, and anything below it): its messages show at the slot. */
const filePath = /^(.*\/attachments\/[^/]+)\/\d+(?:\/.*)?$/;

/** The path a place shows: a field's pointer, a group's or slot's `data-path`. */
function pathOf(place: Element): string | undefined {
  return place.localName === 'shenbao-field' ? (place as ShenbaoField).spec?.pointer : (place.getAttribute('data-path') ?? undefined);
}

/** The messages of an evaluation by the place that shows them (the policy above). */
export function messagesByPlace(evaluation: Evaluation): Map<string, string> {
  const out = new Map<string, string>();
  /** The distinct messages of a place that has more than one issue. */
  let lists: Map<string, string[]> | undefined;
  for (const issue of evaluation.issues) {
    const place = placeOf(issue.path);
    const message = issue.message;
    const shown = out.get(place);
    if (shown === undefined) {
      out.set(place, message);
      continue;
    }
    let list = lists?.get(place);
    if (!list) (lists ??= new Map()).set(place, (list = [shown]));
    if (!list.includes(message)) {
      list.push(message);
      out.set(place, list.join('；'));
    }
  }
  return out;
}

/** The place that shows an issue at `path` (a slot's file: the slot). */
function placeOf(path: string): string {
  return path.includes('/attachments/') ? (filePath.exec(path)?.[1] ?? path) : path;
}

/** The message of one place in an evaluation (the policy above), or undefined. */
function messageAt(issues: Evaluation['issues'], place: string): string | undefined {
  let list: string[] | undefined;
  for (const issue of issues) {
    if (issue.path !== place && placeOf(issue.path) !== place) continue;
    if (!list) list = [issue.message];
    else if (!list.includes(issue.message)) list.push(issue.message);
  }
  return list?.join('；');
}

/** Past this many differing issues, {@link updateMessages} gives up (the caller builds the map anew). */
const patchLimit = 64;

/**
 * Brings `messages` (those of `before`, by place) in step with `after`, in place, and returns the
 * places whose message changed; undefined (map untouched) when too much differs. Issues are
 * compared by identity in order — a scoped evaluation hands back the same issue objects where
 * nothing changed — so a keystroke costs a walk over the list, not a new map.
 */
export function updateMessages(messages: Map<string, string>, before: Evaluation, after: Evaluation): Set<string> | undefined {
  const a = before.issues;
  const b = after.issues;
  const places = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (i + 1 < a.length && a[i + 1] === b[j]) places.add(placeOf(a[i++]!.path));
    else if (j + 1 < b.length && a[i] === b[j + 1]) places.add(placeOf(b[j++]!.path));
    else {
      places.add(placeOf(a[i++]!.path));
      places.add(placeOf(b[j++]!.path));
    }
    if (places.size > patchLimit) return undefined;
  }
  for (; i < a.length; i++) places.add(placeOf(a[i]!.path));
  for (; j < b.length; j++) places.add(placeOf(b[j]!.path));
  if (places.size > patchLimit) return undefined;
  const changed = new Set<string>();
  for (const place of places) {
    const message = messageAt(b, place);
    if (message === messages.get(place)) continue;
    changed.add(place);
    if (message === undefined) messages.delete(place);
    else messages.set(place, message);
  }
  return changed;
}

/**
 * Shows the verdict at one place: required, hidden and its message (before the first evaluation,
 * required as the schema says, so a field renders once with its mark). A field also takes its value
 * from the store; a record without a computed value (a scenario, a record before the fee was set)
 * shows what the rules compute.
 */
export function showVerdict(place: Place, path: string, view: FormView): void {
  const evaluation = view.store.evaluation;
  const error = evaluation && view.showErrorsAt(path) ? view.messagesAt(path) : undefined;
  if (place.localName === 'shenbao-upload') {
    const slot = place as ShenbaoUpload;
    const state = evaluation?.attachments[path];
    slot.state = state;
    slot.hidden = state?.visible === false;
    slot.error = error;
    return;
  }
  const required = evaluation ? evaluation.required[path] === true : place.localName === 'shenbao-field' && (place as ShenbaoField).spec?.info.required === true;
  const shown = place as ShenbaoField | ShenbaoGroup;
  shown.required = required;
  shown.hidden = evaluation?.visible[path] === false;
  shown.error = error;
  if (place.localName !== 'shenbao-field' || !evaluation) return;
  const stored = getAt(view.store.value, path);
  (place as ShenbaoField).value = stored === undefined && Object.prototype.hasOwnProperty.call(evaluation.computed, path) ? evaluation.computed[path] : stored;
}

/** Brings every place under `root` in step with the latest evaluation; returns them by path. */
export function updatePlaces(root: ParentNode, view: FormView): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const place of root.querySelectorAll<Place>(placeSelector)) {
    const path = pathOf(place);
    if (path === undefined) continue;
    const list = index.get(path);
    if (list) list.push(place);
    else index.set(path, [place]);
    showVerdict(place, path, view);
  }
  return index;
}

/** Brings the places at `paths` in step with the latest evaluation. */
export function updatePlacesAt(index: PlaceIndex, paths: Iterable<string>, view: FormView): void {
  for (const path of paths) for (const place of index.get(path) ?? []) showVerdict(place, path, view);
}

/** Keys whose value differs between two maps of one evaluation (required, visible, computed). */
function differing(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>, out: Set<string>): void {
  if (a === b) return; // a scoped evaluation hands back the same map when nothing in it changed
  for (const key in a) if (a[key] !== b[key]) out.add(key);
  for (const key in b) if (!(key in a)) out.add(key);
}

/** Whether two states of a slot show the same (its counts, limits, required and visible). */
function sameSlot(a: Evaluation['attachments'][string] | undefined, b: Evaluation['attachments'][string] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.min === b.min && a.max === b.max && a.count === b.count && a.required === b.required && a.visible === b.visible && a.maxBytes === b.maxBytes && a.accept.join() === b.accept.join();
}

/** The paths whose place state (required, visible, computed value, slot state) differs between two evaluations, added to `out`. */
export function changedStates(before: Evaluation, after: Evaluation, out = new Set<string>()): Set<string> {
  differing(before.required, after.required, out);
  differing(before.visible, after.visible, out);
  differing(before.computed, after.computed, out);
  for (const path in after.attachments) if (!sameSlot(before.attachments[path], after.attachments[path])) out.add(path);
  for (const path in before.attachments) if (!(path in after.attachments)) out.add(path);
  return out;
}

/** The paths whose place state (required, visible, computed value, slot state, messages) differs between two evaluations. */
export function changedPlaces(before: Evaluation, after: Evaluation, messagesBefore: ReadonlyMap<string, string>, messagesAfter: ReadonlyMap<string, string>): Set<string> {
  const out = changedStates(before, after);
  for (const [path, message] of messagesAfter) if (messagesBefore.get(path) !== message) out.add(path);
  for (const path of messagesBefore.keys()) if (!messagesAfter.has(path)) out.add(path);
  return out;
}
