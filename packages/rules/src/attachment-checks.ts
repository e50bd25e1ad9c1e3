/**
 * The attachments phase of `evaluate()`: for every slot instance its state (limits as the rules set
 * them, count, visible) and, when visible, the count check and each recorded file checked by core's
 * attachment module (`checkRecordedFile`: the same codes, params and texts as the upload check).
 */
import { checkRecordedFile, checkSlotCount, getAt, recordedFileFits, type AttachmentRef, type AttachmentSlot } from '@shenbao/core';
import { instancePath } from './evaluation-plan.js';
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
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/** The slot instances of a run, in order: their paths and states. */
export interface SlotStates {
  paths: string[];
  states: SlotState[];
}

function checkSlot(run: EvaluationRun, out: SlotStates, slot: AttachmentSlot, path: string, refs: unknown, hidden: boolean): void {
  const adjusted = run.slotRules.size ? run.slotRules.get(path) : undefined;
  const min = hidden ? 0 : adjusted?.min ?? slot.min;
  const max = adjusted?.max ?? slot.max;
  const files = Array.isArray(refs) ? (refs as AttachmentRef[]) : undefined;
  const count = files ? files.length : 0;
  out.paths.push(path);
  out.states.push({ slot: slot.id, min, max, accept: slot.accept, maxBytes: slot.maxBytes, count, required: min > 0, visible: !hidden });
  if (hidden || (run.issuePaths.size > 0 && run.issuePaths.has(path))) return;
  if (count < min || count > max) {
    const source = adjusted?.rules.join(',') ?? 'attachments';
    for (const issue of checkSlotCount(files ?? [], { min, max, label: slot.label }, path, run.locale)) addIssue(run, { ...issue, source });
  }
  if (!files) return;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (typeof file !== 'object' || file === null || recordedFileFits(file, slot)) continue;
    for (const issue of checkRecordedFile(file, slot, `${path}/${i}`, run.locale)) addIssue(run, issue);
  }
}

/** Checks every slot instance; returns the slot states by instance path. */
export function checkAttachments(run: EvaluationRun, visibility: Visibility): SlotStates {
  const out: SlotStates = { paths: [], states: [] };
  const hiddenAny = visibility.roots.size > 0;
  const rootFiles = getAt(run.data, '/attachments');
  for (const planned of run.plan.slots) {
    const { slot } = planned;
    if (planned.group === undefined) {
      const hidden = hiddenAny && planned.ancestors.some((a) => visibility.roots.has(a));
      checkSlot(run, out, slot, planned.template, own(rootFiles, slot.id), hidden);
      continue;
    }
    const items = planned.group.get(run.data);
    if (!Array.isArray(items)) continue;
    const mayHide = hiddenAny && visibility.touches(slot.group!);
    for (let i = 0; i < items.length; i++) {
      const path = instancePath(planned.group, i);
      checkSlot(run, out, slot, path, own(own(items[i], 'attachments'), slot.id), mayHide && visibility.isHidden(path));
    }
  }
  return out;
}

/** The slot map of an evaluation (`attachments`), made when it is first read. */
export function slotMap({ paths, states }: SlotStates): Record<string, SlotState> {
  const map: Record<string, SlotState> = {};
  for (let i = 0; i < paths.length; i++) map[paths[i]!] = states[i]!;
  return map;
}
