/** `condition-change`: a group of `<studio-condition>` changed. */
import type { NestedCondition } from '@shenbao/rules';

/**
 * Fired by `<studio-condition>` with the group's new condition. Not bubbling, not composed: the
 * element holding the group (its parent group, or the rule editor) listens on it.
 */
export class ConditionChangeEvent extends CustomEvent<NestedCondition> {
  static readonly eventName = 'condition-change';
  constructor(detail: NestedCondition) {
    super(ConditionChangeEvent.eventName, { detail, bubbles: false, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'condition-change': ConditionChangeEvent;
  }
}
