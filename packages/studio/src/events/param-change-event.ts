/** `param-change`: a param's value was edited in `<studio-params>`. */

/** Which param and its new value. */
export interface ParamChangeDetail {
  readonly name: string;
  readonly value: unknown;
}

/** Fired by `<studio-params>` (bubbling, composed). */
export class ParamChangeEvent extends CustomEvent<ParamChangeDetail> {
  static readonly eventName = 'param-change';
  constructor(detail: ParamChangeDetail) {
    super(ParamChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'param-change': ParamChangeEvent;
  }
}
