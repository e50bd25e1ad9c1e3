/**
 * Whether a section still applies: it has a field, group or slot the latest evaluation does not
 * hide (notices alone never make a section apply). The templates leave out a section that does
 * not apply (form-sections.ts), and a keystroke renders the templates again only when a section's
 * applicability changed (render-needed.ts): one rule, read by both.
 */
import type { LayoutItem } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';

/** Whether any field, group or slot among `items` (under the list item `base`, or '') applies in `evaluation`. */
export function itemsApplicable(evaluation: Pick<Evaluation, 'visible' | 'attachments'>, items: readonly LayoutItem[], base: string): boolean {
  return items.some((item) => {
    if ('notice' in item) return false;
    if ('field' in item) return evaluation.visible[base + item.field] !== false;
    if ('group' in item) return evaluation.visible[base + item.group] !== false;
    return evaluation.attachments[`${base}/attachments/${item.attachment}`]?.visible !== false;
  });
}
