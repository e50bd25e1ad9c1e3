/**
 * How `<shenbao-form>` shows a new evaluation without re-rendering itself: each rendered
 * `<shenbao-field>` is given its required mark, visibility, error and value in place. After a
 * render that may have added fields, every field is brought in step ({@link updateFields}); after
 * an evaluation, only the fields whose state changed ({@link changedPointers}, {@link updateFieldsAt}),
 * so a keystroke's evaluation costs the fields it changed, not one pass over the whole form.
 * Sections, groups and uploads follow visibility and counts through the form's templates instead.
 */
import { getAt, type Issue } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import { assignAt } from '../../form-store.js';
import type { ShenbaoField } from '../field/field.js';
import type { FormView } from './form-view.js';

/** The rendered fields by pointer (a pointer can be rendered more than once). */
export type FieldIndex = Map<string, ShenbaoField[]>;

/** Brings one field in step with the latest evaluation. */
function updateField(field: ShenbaoField, pointer: string, view: FormView, evaluation: Evaluation): void {
  const issue = view.issueAt(pointer);
  field.required = evaluation.required[pointer] === true;
  field.hidden = evaluation.visible[pointer] === false;
  field.error = issue && view.showErrorsAt(pointer) ? issue.message : undefined;
  if (view.mode === 'edit' && (Object.prototype.hasOwnProperty.call(evaluation.computed, pointer) || view.isComputed(pointer))) {
    // While filling in, a computed value (the fee of HQ-1) is the rules' to set: shown read-only,
    // kept in the data, and empty while the rule does not apply (no subject ticked: no fee to type). Other modes show the record as it stands, a stated wrong value with its issue.
    const value = evaluation.computed[pointer];
    if (getAt(view.store.value, pointer) !== value) assignAt(view.store.value, pointer, value);
    field.readonly = true;
    field.value = value;
  } else {
    // A record without the computed value (a scenario, a record before the fee was set) shows what the rules compute.
    const stored = getAt(view.store.value, pointer);
    field.value = stored === undefined && Object.prototype.hasOwnProperty.call(evaluation.computed, pointer) ? evaluation.computed[pointer] : stored;
  }
}

/** Brings every `<shenbao-field>` under `root` in step with the latest evaluation (none yet: nothing to do); returns them by pointer. */
export function updateFields(root: ParentNode, view: FormView): FieldIndex {
  const index: FieldIndex = new Map();
  const evaluation = view.store.evaluation;
  for (const field of root.querySelectorAll<ShenbaoField>('shenbao-field')) {
    const pointer = field.spec?.pointer;
    if (!pointer) continue;
    const list = index.get(pointer);
    if (list) list.push(field);
    else index.set(pointer, [field]);
    if (evaluation) updateField(field, pointer, view, evaluation);
  }
  return index;
}

/** Brings the fields at `pointers` in step with the latest evaluation. */
export function updateFieldsAt(index: FieldIndex, pointers: Iterable<string>, view: FormView): void {
  const evaluation = view.store.evaluation;
  if (!evaluation) return;
  for (const pointer of pointers) for (const field of index.get(pointer) ?? []) updateField(field, pointer, view, evaluation);
}

/** Keys whose value differs between two maps of one evaluation (required, visible, computed). */
function differing(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>, out: Set<string>): void {
  for (const key in a) if (a[key] !== b[key]) out.add(key);
  for (const key in b) if (!(key in a)) out.add(key);
}

/** The pointers whose field state (required, visible, computed value, first issue) differs between two evaluations. */
export function changedPointers(before: Evaluation, after: Evaluation, issuesBefore: ReadonlyMap<string, Issue>, issuesAfter: ReadonlyMap<string, Issue>): Set<string> {
  const out = new Set<string>();
  differing(before.required, after.required, out);
  differing(before.visible, after.visible, out);
  differing(before.computed, after.computed, out);
  for (const [path, issue] of issuesAfter) if (issuesBefore.get(path)?.message !== issue.message) out.add(path);
  for (const path of issuesBefore.keys()) if (!issuesAfter.has(path)) out.add(path);
  return out;
}
