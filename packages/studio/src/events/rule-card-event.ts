/** `rule-edit` and `rule-remove`: 编辑 or 删除 was pressed on a `<studio-rule-card>`. */

/** What a rule card's buttons fire. */
export type RuleCardEventName = 'rule-edit' | 'rule-remove';

/** Fired by `<studio-rule-card>` (bubbling, composed); `detail` is the rule's id. */
export class RuleCardEvent extends CustomEvent<string | undefined> {
  constructor(type: RuleCardEventName, ruleId: string | undefined) {
    super(type, { detail: ruleId, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rule-edit': RuleCardEvent;
    'rule-remove': RuleCardEvent;
  }
}
