/** `condition-remove`: 删除此组 was pressed on a nested group of `<studio-condition>`. */

/** Fired by a nested `<studio-condition>` (not bubbling); its parent group drops it. No detail. */
export class ConditionRemoveEvent extends Event {
  static readonly eventName = 'condition-remove';
  constructor() {
    super(ConditionRemoveEvent.eventName);
  }
}

declare global {
  interface HTMLElementEventMap {
    'condition-remove': ConditionRemoveEvent;
  }
}
