/** `shenbao-comment`: a reviewer saved (or, with empty `text`, removed) the comment on a material from the document viewer. */
import type { ReviewComment } from '../types.js';

/** Fired by `<shenbao-doc-viewer>`; `detail` is `{ target, text }`. */
export class ShenbaoCommentEvent extends CustomEvent<ReviewComment> {
  static readonly eventName = 'shenbao-comment';
  constructor(detail: ReviewComment) {
    super(ShenbaoCommentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-comment': ShenbaoCommentEvent;
  }
}
