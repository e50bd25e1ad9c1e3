/** `shenbao-submit`: the candidate pressed 确定 on a complete declaration; the host stores it. Cancelable. */
import type { Evaluation } from '@shenbao/rules';

/** The declaration as stored (without hidden values, typed by the form: `TData`) and its evaluation. */
export interface SubmitDetail<TData = unknown> {
  readonly value: TData;
  readonly evaluation: Evaluation;
}

/** Fired by `<shenbao-form>` on 确定; cancel it (`preventDefault()`) to stay on the confirmation, then call `form.showSubmitted()`. */
export class ShenbaoSubmitEvent<TData = unknown> extends CustomEvent<SubmitDetail<TData>> {
  static readonly eventName = 'shenbao-submit';
  constructor(detail: SubmitDetail<TData>) {
    super(ShenbaoSubmitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-submit': ShenbaoSubmitEvent;
  }
}
