/** `rule-apply`: 应用 was pressed in `<studio-rule-editor>`. */
import type { PackRule } from '@shenbao/rules';

/** The edited rule and the id it had before (an edit may rename it). */
export interface RuleApplyDetail {
  readonly rule: PackRule;
  readonly previousId: string;
}

/** Fired by `<studio-rule-editor>` (bubbling, composed). */
export class RuleApplyEvent extends CustomEvent<RuleApplyDetail> {
  static readonly eventName = 'rule-apply';
  constructor(detail: RuleApplyDetail) {
    super(RuleApplyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rule-apply': RuleApplyEvent;
  }
}
