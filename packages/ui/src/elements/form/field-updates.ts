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
    if (mode === 'edit' && (Object.prototype.hasOwnProperty.call(evaluation.computed, pointer) || view.isComputed(pointer))) {
      // While filling in, a computed value (the fee of HQ-1) is the rules' to set: shown read-only,
      // kept in the data, and empty while the rule does not apply (no subject ticked: no fee to type). Other modes show the record as it stands, a stated wrong value with its issue.
      const value = evaluation.computed[pointer];
      if (getAt(store.value, pointer) !== value) assignAt(store.value, pointer, value);
      field.readonly = true;
      field.value = value;
    } else field.value = getAt(store.value, pointer);
  }
}
