/** `shenbao-open-document`: a thumbnail asks its form to open the document viewer (issue 8 item 12). */

/** Fired by `<shenbao-upload>`; `detail.path` is the slot instance, `detail.id` the file's reference id. */
export class ShenbaoOpenDocumentEvent extends CustomEvent<{ readonly path: string; readonly id: string }> {
  static readonly eventName = 'shenbao-open-document';
  constructor(detail: { readonly path: string; readonly id: string }) {
    super(ShenbaoOpenDocumentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-open-document': ShenbaoOpenDocumentEvent;
  }
}
