/**
 * How `<shenbao-form>` shows a new evaluation without re-rendering itself: each rendered
 * `<shenbao-field>` is given its required mark, visibility, error and value in place, so a
 * keystroke's evaluation costs the fields whose state changed, not a form-wide render; sections,
 * groups and uploads follow visibility and counts through the form's templates instead.
 */
import { getAt } from '@shenbao/core';
import { assignAt } from '../../form-store.js';
import type { ShenbaoField } from '../field/field.js';
import type { FormView } from './form-view.js';

/** Brings every `<shenbao-field>` under `root` in step with the latest evaluation (none yet: nothing to do). */
export function updateFields(root: ParentNode, view: FormView): void {
  const { store, mode } = view;
  const evaluation = store.evaluation;
  if (!evaluation) return;
  const fields = root.querySelectorAll<ShenbaoField>('shenbao-field');
  for (const field of fields) {
    const pointer = field.spec?.pointer;
    if (!pointer) continue;
    const issue = view.issueAt(pointer);
    field.required = evaluation.required[pointer] === true;
    field.hidden = evaluation.visible[pointer] === false;
    field.error = issue && view.showErrorsAt(pointer) ? issue.message : undefined;
    if (mode === 'edit' && Object.prototype.hasOwnProperty.call(evaluation.computed, pointer)) {
      // While filling in, a computed value (the fee of HQ-1) is the rules' to set: shown read-only,
      // kept in the data. Other modes show the record as it stands, a stated wrong value with its issue.
      const value = evaluation.computed[pointer];
      if (getAt(store.value, pointer) !== value) assignAt(store.value, pointer, value);
      field.readonly = true;
      field.value = value;
    } else {
      // A record without the computed value (a scenario, a record before the fee was set) shows what the rules compute.
      const stored = getAt(store.value, pointer);
      field.value = stored === undefined && Object.prototype.hasOwnProperty.call(evaluation.computed, pointer) ? evaluation.computed[pointer] : stored;
    }
  }
}
