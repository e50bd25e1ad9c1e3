/**
 * The attachments phase of `evaluate()`: for every slot instance its state (limits as the rules set
 * them, count, visible) and, when visible, the count check and each recorded file checked by core's
 * attachment module (`checkRecordedFile`: the same codes, params and texts as the upload check).
 */
import { checkRecordedFile, checkSlotCount, getAt, type AttachmentRef, type AttachmentSlot } from '@shenbao/core';
import { addIssue, type EvaluationRun } from './evaluation-run.js';
import type { Visibility } from './visibility.js';

/** The requirements on one attachment slot instance after the rules applied. */
export interface SlotState {
  slot: string;
  min: number;
  max: number;
  accept: readonly string[];
  maxBytes: number;
  count: number;
  required: boolean;
  visible: boolean;
}

const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

function checkSlot(run: EvaluationRun, states: [string, SlotState][], slot: AttachmentSlot, path: string, refs: unknown, hidden: boolean): void {
  const adjusted = run.slotRules.size ? run.slotRules.get(path) : undefined;
  const min = hidden ? 0 : adjusted?.min ?? slot.min;
  const max = adjusted?.max ?? slot.max;
  const files = Array.isArray(refs) ? (refs as AttachmentRef[]) : [];
  states.push([path, { slot: slot.id, min, max, accept: slot.accept, maxBytes: slot.maxBytes, count: files.length, required: min > 0, visible: !hidden }]);
  if (hidden || (run.issuePaths.size > 0 && run.issuePaths.has(path))) return;
  if (files.length < min || files.length > max) {
    const source = adjusted?.rules.join(',') ?? 'attachments';
    for (const issue of checkSlotCount(files, { min, max, label: slot.label }, path, run.locale)) addIssue(run, { ...issue, source });
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (typeof file !== 'object' || file === null) continue;
    for (const issue of checkRecordedFile(file, slot, `${path}/${i}`, run.locale)) addIssue(run, issue);
  }
}

/** Checks every slot instance; returns the slot states by instance path. */
export function checkAttachments(run: EvaluationRun, visibility: Visibility): [string, SlotState][] {
  const states: [string, SlotState][] = [];
  const hiddenAny = visibility.roots.size > 0;
  const rootFiles = getAt(run.data, '/attachments');
  for (const { slot, template, ancestors } of run.plan.slots) {
    if (slot.group === undefined) {
      const hidden = hiddenAny && ancestors.some((a) => visibility.roots.has(a));
      checkSlot(run, states, slot, template, own(rootFiles, slot.id), hidden);
      continue;
    }
    const items = getAt(run.data, slot.group);
    if (!Array.isArray(items)) continue;
    const mayHide = hiddenAny && visibility.touches(slot.group);
    for (let i = 0; i < items.length; i++) {
      const path = `${slot.group}/${i}/attachments/${slot.id}`;
      checkSlot(run, states, slot, path, own(own(items[i], 'attachments'), slot.id), mayHide && visibility.isHidden(path));
    }
  }
  return states;
}
