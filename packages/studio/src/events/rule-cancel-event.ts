/** `rule-cancel`: 取消 was pressed in `<studio-rule-editor>` (the edit is dropped). */

/** Fired by `<studio-rule-editor>` (bubbling, composed); it carries no detail. */
export class RuleCancelEvent extends Event {
  static readonly eventName = 'rule-cancel';
  constructor() {
    super(RuleCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rule-cancel': RuleCancelEvent;
  }
}
