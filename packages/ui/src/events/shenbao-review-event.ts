/** `shenbao-review`: a reviewer approved, returned (with comments) or allowed modification. */
import type { ReviewComment } from '../types.js';

/** The reviewer's decision: the action, the reason (trimmed) and the comments. */
export interface ReviewDetail {
  readonly action: 'approve' | 'return' | 'allow-modification';
  readonly reason: string;
  readonly comments: ReviewComment[];
}

/** Fired by `<shenbao-review-panel>` (and so by `<shenbao-form>` in review mode) on a decision. */
export class ShenbaoReviewEvent extends CustomEvent<ReviewDetail> {
  static readonly eventName = 'shenbao-review';
  constructor(detail: ReviewDetail) {
    super(ShenbaoReviewEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-review': ShenbaoReviewEvent;
  }
}
