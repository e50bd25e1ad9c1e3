/**
 * `shenbao-field-change`: a field (or group, or upload) inside a form changed its value. Internal
 * to `<shenbao-form>`, which answers with `shenbao-input` and the native-named `change` on itself.
 */

/** What changed: the field's pointer, its new value, and whether the change is committed. */
export interface FieldChangeDetail {
  pointer: string;
  value: unknown;
  /** True for a committed change (`change`), false while typing (`input`). */
  commit: boolean;
}

/** Fired by a part of the form when its value changes. */
export class ShenbaoFieldChangeEvent extends CustomEvent<FieldChangeDetail> {
  static readonly eventName = 'shenbao-field-change';
  constructor(detail: FieldChangeDetail) {
    super(ShenbaoFieldChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-field-change': ShenbaoFieldChangeEvent;
  }
}
