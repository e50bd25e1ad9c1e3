/** `shenbao-record`: the form's record store opened the record (before the first upload, when the form had no `record-id`). */

/** Fired by `<shenbao-form>`; `detail.recordId` is the record's id (also in `form.recordId`). */
export class ShenbaoRecordEvent extends CustomEvent<{ readonly recordId: string }> {
  static readonly eventName = 'shenbao-record';
  constructor(detail: { readonly recordId: string }) {
    super(ShenbaoRecordEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-record': ShenbaoRecordEvent;
  }
}
