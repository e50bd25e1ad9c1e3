/**
 * `change` of `<shenbao-form>`: each committed edit, after its evaluation. The name is native (the
 * meaning is), so it is not in `HTMLElementEventMap` (which types `change` as `Event`): listen on a
 * typed form (`typedForm`, `ShenbaoForm<TData>`) or test `e instanceof ShenbaoChangeEvent`.
 */
import type { FormValueDetail } from './shenbao-input-event.js';

/** The form's `change`: `detail` has `value`, `pointer` and the evaluation of this very value. */
export class ShenbaoChangeEvent<TData = unknown> extends CustomEvent<FormValueDetail<TData>> {
  static readonly eventName = 'change';
  constructor(detail: FormValueDetail<TData>) {
    super(ShenbaoChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
