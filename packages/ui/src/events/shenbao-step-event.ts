/** `shenbao-step`: the wizard of `<shenbao-form>` moved to another step. */

/** Where the wizard is now: the step's index and id (`confirm` for the confirmation). */
export interface StepDetail {
  readonly index: number;
  readonly id: string;
}

/** Fired by `<shenbao-form>` when the wizard moved. */
export class ShenbaoStepEvent extends CustomEvent<StepDetail> {
  static readonly eventName = 'shenbao-step';
  constructor(detail: StepDetail) {
    super(ShenbaoStepEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-step': ShenbaoStepEvent;
  }
}
