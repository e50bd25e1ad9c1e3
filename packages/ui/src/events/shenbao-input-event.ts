/**
 * `shenbao-input`: each edit of a `<shenbao-form>` (a keystroke, a choice, a group item added, an
 * upload), after the form stored it. Beside it the field's own trusted native `input` reaches the
 * host untouched (no `detail`: listen to `shenbao-input` for the pointer).
 */
import type { Evaluation } from '@shenbao/rules';

/** Detail of the form's `shenbao-input` and `change`: the data (typed by the form, `TData`), the pointer that changed, the evaluation. */
export interface FormValueDetail<TData = unknown> {
  /** The form's data; for `shenbao-input` a copy made when first read. */
  readonly value: TData;
  /** JSON Pointer of the field, group or slot that changed. */
  readonly pointer: string;
  /** The latest evaluation (for `change`, of this very value). */
  readonly evaluation: Evaluation | undefined;
}

/** Fired by `<shenbao-form>` on each edit; `detail.value` is copied when first read (read it in the listener, or read `form.value`). */
export class ShenbaoInputEvent<TData = unknown> extends CustomEvent<FormValueDetail<TData>> {
  static readonly eventName = 'shenbao-input';
  constructor(detail: FormValueDetail<TData>) {
    super(ShenbaoInputEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-input': ShenbaoInputEvent;
  }
}
