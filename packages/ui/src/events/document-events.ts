/**
 * Events around a record's documents (issue 8 item 12): a thumbnail asks its form to open the
 * document viewer, and the viewer reports a reviewer's comment on the material it shows. Both
 * bubble and cross shadow roots, with typed `detail`.
 */
import type { ReviewComment } from '../types.js';

/** `shenbao-open-document`: a thumbnail was activated; `detail.path` is the slot instance, `detail.id` the file's reference id. */
export class ShenbaoOpenDocumentEvent extends CustomEvent<{ path: string; id: string }> {
  static readonly eventName = 'shenbao-open-document';
  constructor(detail: { path: string; id: string }) {
    super(ShenbaoOpenDocumentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** `shenbao-comment`: a reviewer saved (or, with empty `text`, removed) the comment on a material from the viewer. */
export class ShenbaoCommentEvent extends CustomEvent<ReviewComment> {
  static readonly eventName = 'shenbao-comment';
  constructor(detail: ReviewComment) {
    super(ShenbaoCommentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-open-document': ShenbaoOpenDocumentEvent;
    'shenbao-comment': ShenbaoCommentEvent;
  }
}
