/** `shenbao-evaluated`: `<shenbao-form>` shows a new evaluation. */
import type { Evaluation } from '@shenbao/rules';

/** Fired by `<shenbao-form>` after each evaluation it shows; `detail` is the evaluation. */
export class ShenbaoEvaluatedEvent extends CustomEvent<Evaluation> {
  static readonly eventName = 'shenbao-evaluated';
  constructor(detail: Evaluation) {
    super(ShenbaoEvaluatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-evaluated': ShenbaoEvaluatedEvent;
  }
}
