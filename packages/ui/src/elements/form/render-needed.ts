/**
 * Whether a new evaluation needs the form's templates rendered again. The places (fields, groups,
 * slots) take their state in place (verdict.ts); the templates render structure and read only
 * what is checked here: whether a section still has an applicable item (`visible`, a slot's
 * `visible`), the items of a list (group rows, `x-item-of` choices: anything under a list), the
 * value a filtered field's choices follow (`filter.by`), and, outside editing a step, the issue
 * list. A keystroke in a plain field that changes no visibility renders nothing but its places.
 */
import type { FormDefinition, LayoutItem } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import { itemsApplicable } from './section-applicability.js';

const readsOf = new WeakMap<FormDefinition, ReadonlySet<string>>();

/** The pointers (outside lists) whose values the edit templates read: each filtered field's `filter.by`. */
export function templateReads(definition: FormDefinition): ReadonlySet<string> {
  let reads = readsOf.get(definition);
  if (!reads) {
    const found = new Set<string>();
    const walk = (items: readonly LayoutItem[]) => {
      for (const item of items) {
        if ('field' in item && item.filter) found.add(item.filter.by);
        if ('group' in item) walk(item.items);
      }
    };
    for (const step of definition.layout.steps) for (const section of step.sections) walk(section.items);
    readsOf.set(definition, (reads = found));
  }
  return reads;
}

/** Whether each section (of every step) applies in an evaluation (section-applicability.ts), one character per section. */
export function sectionsApplicable(definition: FormDefinition, evaluation: Evaluation): string {
  let out = '';
  for (const step of definition.layout.steps) for (const section of step.sections) out += itemsApplicable(evaluation, section.items, '') ? '1' : '0';
  return out;
}

/** A pointer inside a list (an item index among its tokens), or a list itself being replaced. */
const inList = /\/\d+(?:\/|$)/;

/**
 * Whether the step's templates must render after `after` replaced `before`: `changed` are the places
 * whose state changed, `edited` the pointers written since `before`.
 */
export function renderNeeded(definition: FormDefinition, before: Evaluation, after: Evaluation, changed: ReadonlySet<string>, edited: Iterable<string>): boolean {
  const reads = templateReads(definition);
  for (const pointer of edited) if (inList.test(pointer) || reads.has(pointer)) return true;
  let visibility = false;
  for (const path of changed) {
    if (inList.test(path) || reads.has(path)) return true;
    const a = before.attachments[path];
    const b = after.attachments[path];
    if (before.visible[path] !== after.visible[path] || ((a || b) && a?.visible !== b?.visible)) visibility = true;
  }
  // A field shown or hidden shows or hides itself (verdict.ts); a section renders again only when it has an applicable item no longer, or again.
  return visibility && sectionsApplicable(definition, before) !== sectionsApplicable(definition, after);
}
