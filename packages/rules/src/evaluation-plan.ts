/**
 * The evaluation plan: what a rule pack needs of a compiled form (field templates, the targets of
 * `show` rules, each slot's path and accepted types), worked out once per (pack, form) and cached,
 * so an evaluation never walks the schema again.
 */
import { acceptedTypesText, parsePointer, slotPath, type AttachmentSlot, type CompiledForm } from '@shenbao/core';
import type { ResolvedPack } from './pack-types.js';

/** What a pack needs of a form, worked out once per (pack, compiled form). */
export interface Plan {
  /** Field templates (no root, no attachments) with their schema requiredness. */
  fields: { pointer: string; required: boolean }[];
  /** Targets of `show` rules: hidden unless a show rule fires for them. */
  showFields: string[];
  showSlots: string[];
  /** Each slot with its path template and display text. */
  slots: { slot: AttachmentSlot; template: string; ancestors: string[]; accept: string; accepted: ReadonlySet<string> }[];
}

const plans = new WeakMap<ResolvedPack, WeakMap<CompiledForm, Plan>>();

/** The plan of `pack` for `form`, made on first use. */
export function planOf(pack: ResolvedPack, form: CompiledForm): Plan {
  let byForm = plans.get(pack);
  if (!byForm) plans.set(pack, (byForm = new WeakMap()));
  let plan = byForm.get(form);
  if (plan) return plan;
  const fields: Plan['fields'] = [];
  for (const info of form.index.values()) {
    if (info.pointer === '' || parsePointer(info.pointer).includes('attachments')) continue;
    fields.push({ pointer: info.pointer, required: info.required });
  }
  const showFields: string[] = [];
  const showSlots: string[] = [];
  for (const rule of pack.rules) {
    if (rule.event.type !== 'show') continue;
    showFields.push(...(rule.event.params.fields ?? []));
    showSlots.push(...(rule.event.params.slots ?? []));
  }
  const slots = form.definition.attachments.map((slot) => ({
    slot,
    template: slotPath(slot),
    ancestors: slot.group === undefined ? [slotPath(slot), '/attachments'] : [],
    accept: acceptedTypesText(slot.accept),
    accepted: new Set<string>(slot.accept),
  }));
  plan = { fields, showFields, showSlots, slots };
  byForm.set(form, plan);
  return plan;
}
