/**
 * The concrete targets of an effect: field templates expanded over the data (`*` of a `forEach`
 * rule = its item's index) and slot instances (a `forEach` rule over a slot's group acts on that
 * item's instance only).
 */
import { expandTemplate, slotPath, type CompiledForm } from '@shenbao/core';
import type { EvaluationRun } from '../evaluation-run.js';
import type { FiredRule } from '../pack-runtime.js';

/** Replaces the first `*` segment of a pointer with the item index of a `forEach` rule. */
export const withIndex = (pointer: string, index: number | undefined) => (index === undefined ? pointer : pointer.replace(/\/\*(?=\/|$)/, `/${index}`));

/** The one instance path of each root (ungrouped) slot, made once per slot (read-only). */
const rootInstances = new WeakMap<object, readonly string[]>();

/** Every instance path of a slot in this data (one per group item for grouped slots); read-only. */
export function slotInstances(form: CompiledForm, slotId: string, data: unknown): readonly string[] {
  const slot = form.slots.get(slotId);
  if (!slot) return [];
  if (slot.group === undefined) {
    let paths = rootInstances.get(slot);
    if (!paths) rootInstances.set(slot, (paths = Object.freeze([slotPath(slot)])));
    return paths;
  }
  return expandTemplate(slotPath(slot), data);
}

/** The slot instances a fired rule acts on. */
export function slotTargets(run: EvaluationRun, fired: FiredRule, slotId: string): readonly string[] {
  const slot = run.form.slots.get(slotId);
  return slot?.group !== undefined && fired.index !== undefined && fired.rule.forEach === slot.group ? [slotPath(slot, fired.index)] : slotInstances(run.form, slotId, run.data);
}

/** The concrete field and slot targets of a fired rule. */
export function targets(run: EvaluationRun, fired: FiredRule, fields: readonly string[] | undefined, slots?: readonly string[]): string[] {
  const out: string[] = [];
  if (fields) {
    for (const f of fields) {
      const template = fired.index === undefined ? f : withIndex(f, fired.index);
      if (template.indexOf('*') === -1) out.push(template);
      else for (const t of expandTemplate(template, run.data)) out.push(t);
    }
  }
  if (slots) for (const s of slots) for (const t of slotTargets(run, fired, s)) out.push(t);
  return out;
}
