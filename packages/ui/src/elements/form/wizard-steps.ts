/**
 * What the wizard of `<shenbao-form>` knows about its steps: which paths a step covers, which of
 * an evaluation's issues are a step's, the first step with any, and where focus goes — the first
 * problem of a step checked by 下一步, or the heading of the step just shown.
 */
import type { CompiledForm, Issue, LayoutItem, LayoutStep } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import type { ShenbaoField } from '../field/field.js';
import { rowHolding } from '../group/group-summary.js';

/** Paths a step covers: its fields, groups and slots (as pointer prefixes). */
export function stepPrefixes(step: LayoutStep | undefined, compiled: CompiledForm | undefined): string[] {
  const prefixes: string[] = [];
  const walk = (items: readonly LayoutItem[], base: string) => {
    for (const item of items) {
      if ('field' in item) prefixes.push(base + item.field);
      else if ('group' in item) prefixes.push(base + item.group);
      else if ('attachment' in item) {
        const slot = compiled?.slots.get(item.attachment);
        if (slot && slot.group === undefined) prefixes.push(`/attachments/${slot.id}`);
      }
    }
  };
  for (const section of step?.sections ?? []) walk(section.items, '');
  return prefixes;
}

/** The issues of an evaluation at or below the paths a step covers. */
export function stepIssues(step: LayoutStep | undefined, compiled: CompiledForm | undefined, evaluation: Evaluation): Issue[] {
  const prefixes = stepPrefixes(step, compiled);
  return evaluation.issues.filter((i) => prefixes.some((p) => i.path === p || i.path.startsWith(p + '/')));
}

/** The index of the first step with issues; the last step when none has any, 0 before any evaluation. */
export function firstStepWithIssues(steps: readonly LayoutStep[], compiled: CompiledForm | undefined, evaluation: Evaluation | undefined): number {
  if (!evaluation) return 0;
  for (let i = 0; i < steps.length; i++) if (stepIssues(steps[i], compiled, evaluation).length) return i;
  return Math.max(0, steps.length - 1);
}

/** A step of notices only (申报须知): leaving it takes the 已阅读须知 tick. */
export function isNoticeStep(step: LayoutStep | undefined): boolean {
  return !!step && step.sections.length > 0 && step.sections.every((s) => s.items.every((i) => 'notice' in i));
}

/** Focuses the field (or the nearest rendered element) of a problem path. */
export function focusProblem(root: ParentNode, path: string): void {
  const fields = [...root.querySelectorAll<ShenbaoField>('shenbao-field')];
  const target = fields.find((f) => f.spec?.pointer === path) ?? fields.find((f) => f.spec && path.startsWith(f.spec.pointer + '/')) ?? root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  // Inside an item of a summary list whose editor is closed: open it there.
  const row = target ? undefined : rowHolding(root, path);
  if (row) return row.openItem(path);
  target?.scrollIntoView?.({ block: 'center' });
  target?.focus();
}

/** A rendered part of the step that can carry a message: a field, a group (its count rule) or an upload slot. */
type MessageHost = HTMLElement & { error?: string | undefined };

/** The fields, groups and slots of the step on screen that show a message, in screen (document) order. */
export function shownProblems(root: ParentNode): MessageHost[] {
  return [...root.querySelectorAll<MessageHost>('shenbao-field, shenbao-group, shenbao-upload, [data-item-path]')].filter((e) => typeof e.error === 'string' && e.error !== '' && !e.hidden);
}

/** How many problems the shown places carry (a row of a summary list: its count). */
export function shownCount(shown: readonly MessageHost[]): number {
  return shown.reduce((sum, host) => sum + (Number(host.getAttribute('data-count')) || 1), 0);
}

/** Scrolls a shown message to the middle of the screen and focuses its control (a group: its message, then its 添加). */
export function focusShown(host: MessageHost): void {
  // A row of a summary list: its 编辑 button, which reads the row's state (「还有 2 处需要处理」).
  const edit = host.hasAttribute('data-item-path') ? host.querySelector<HTMLElement>('button.edit') : null;
  if (edit) {
    host.scrollIntoView?.({ block: 'center' });
    return edit.focus({ preventScroll: true });
  }
  const message = host.localName === 'shenbao-group' ? host.shadowRoot?.querySelector<HTMLElement>('[part~="error"]') : null;
  (message ?? host).scrollIntoView?.({ block: 'center' });
  host.focus({ preventScroll: true });
}

/** Focuses the heading of the step on screen (each step's `h2` has `data-step-heading`). */
export function focusStepHeading(root: ParentNode): void {
  (root.querySelector('[data-step-heading]') as HTMLElement | null)?.focus();
}
