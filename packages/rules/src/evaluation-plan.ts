/**
 * The evaluation plan: what a rule pack needs of a compiled form (field templates with compiled
 * getters, the targets of `show` rules, each slot's path and accepted types), worked out once per
 * (pack, form) and cached, so an evaluation never walks the schema or parses a pointer again.
 */
import { acceptedTypesText, expandTemplate, parsePointer, slotPath, type AttachmentSlot, type CompiledForm } from '@shenbao/core';
import { compilePointer, type Getter } from './compile-pointer.js';
import type { ResolvedPack } from './pack-types.js';

/** A field template of the form, ready to be expanded over data without parsing. */
export interface PlanField {
  /** The pointer template (`/teachers/*\/name`). */
  pointer: string;
  /** Whether the schema requires it (its parent object lists it). */
  required: boolean;
  /** Without `*`: the value getter. */
  get?: Getter;
  /** With one `*`: the list's getter, the getter of the rest under an item, and the concrete pointers made so far by index. */
  list?: { get: Getter; rest: Getter; prefix: string; suffix: string; names: string[] };
}

/** What a pack needs of a form, worked out once per (pack, compiled form). */
export interface Plan {
  /** Field templates (no root, no attachments) with their schema requiredness. */
  fields: PlanField[];
  /** Targets of `show` rules: hidden unless a show rule fires for them. */
  showFields: string[];
  showSlots: string[];
  /** Each slot with its path template and display text. */
  slots: PlanSlot[];
}

/** A slot of the form: its path template, the root slot's hiding ancestors, a grouped slot's list and instance paths by index. */
export interface PlanSlot {
  slot: AttachmentSlot;
  template: string;
  ancestors: string[];
  accept: string;
  accepted: ReadonlySet<string>;
  group?: { get: Getter; prefix: string; suffix: string; names: string[] };
}

/** The path of a grouped slot's instance in item `i` (`/teachers/1/attachments/teacherIdCard`). */
export function instancePath(group: NonNullable<PlanSlot['group']>, i: number): string {
  return group.names[i] ?? (i < keptNames ? (group.names[i] = group.prefix + i + group.suffix) : group.prefix + i + group.suffix);
}

const plans = new WeakMap<ResolvedPack, WeakMap<CompiledForm, Plan>>();

/** Concrete pointers are kept per item index up to this many items (data past it builds them each time). */
const keptNames = 1024;

function planField(pointer: string, required: boolean): PlanField {
  const star = pointer.indexOf('/*');
  if (pointer.indexOf('*') === -1) return { pointer, required, get: compilePointer(pointer) };
  if (star === -1 || pointer.indexOf('~') !== -1) return { pointer, required }; // rare: expanded by core
  const prefix = pointer.slice(0, star);
  const suffix = pointer.slice(star + 2);
  if (suffix.includes('*') || (suffix !== '' && !suffix.startsWith('/'))) return { pointer, required }; // rare: expanded by core
  return { pointer, required, list: { get: compilePointer(prefix), rest: compilePointer(suffix), prefix: `${prefix}/`, suffix, names: [] } };
}

/**
 * Calls `visit` for every concrete pointer of a field template in `data`, with the value there,
 * in the order of core's `expandTemplate` (and the same pointers).
 */
export function eachInstance<T>(field: PlanField, data: unknown, visit: (pointer: string, value: unknown, field: PlanField, arg: T) => void, arg: T): void {
  if (field.get) {
    visit(field.pointer, field.get(data), field, arg);
    return;
  }
  const list = field.list;
  if (!list) {
    for (const pointer of expandTemplate(field.pointer, data)) visit(pointer, undefined, field, arg);
    return;
  }
  const items = list.get(data);
  if (!Array.isArray(items)) return;
  const { names } = list;
  for (let i = 0; i < items.length; i++) {
    const name = names[i] ?? (i < keptNames ? (names[i] = list.prefix + i + list.suffix) : list.prefix + i + list.suffix);
    const item = items[i];
    visit(name, item === undefined ? undefined : list.rest(item), field, arg);
  }
}

/** Calls `visit` for every concrete pointer of a field template in `data` (as {@link eachInstance}, without reading the values). */
export function eachPointer<T>(field: PlanField, data: unknown, visit: (pointer: string, field: PlanField, arg: T) => void, arg: T): void {
  if (field.get) {
    visit(field.pointer, field, arg);
    return;
  }
  const list = field.list;
  if (!list) {
    for (const pointer of expandTemplate(field.pointer, data)) visit(pointer, field, arg);
    return;
  }
  const items = list.get(data);
  if (!Array.isArray(items)) return;
  const { names } = list;
  for (let i = 0; i < items.length; i++) visit(names[i] ?? (i < keptNames ? (names[i] = list.prefix + i + list.suffix) : list.prefix + i + list.suffix), field, arg);
}

/** The plan of `pack` for `form`, made on first use. */
export function planOf(pack: ResolvedPack, form: CompiledForm): Plan {
  let byForm = plans.get(pack);
  if (!byForm) plans.set(pack, (byForm = new WeakMap()));
  let plan = byForm.get(form);
  if (plan) return plan;
  const fields: PlanField[] = [];
  for (const info of form.index.values()) {
    if (info.pointer === '' || parsePointer(info.pointer).includes('attachments')) continue;
    fields.push(planField(info.pointer, info.required));
  }
  const showFields: string[] = [];
  const showSlots: string[] = [];
  for (const rule of pack.rules) {
    if (rule.event.type !== 'show') continue;
    showFields.push(...(rule.event.params.fields ?? []));
    showSlots.push(...(rule.event.params.slots ?? []));
  }
  const slots = form.definition.attachments.map((slot): PlanSlot => ({
    slot,
    template: slotPath(slot),
    ancestors: slot.group === undefined ? [slotPath(slot), '/attachments'] : [],
    accept: acceptedTypesText(slot.accept),
    accepted: new Set<string>(slot.accept),
    ...(slot.group === undefined ? {} : { group: { get: compilePointer(slot.group), prefix: `${slot.group}/`, suffix: `/attachments/${slot.id}`, names: [] } }),
  }));
  plan = { fields, showFields, showSlots, slots };
  byForm.set(form, plan);
  return plan;
}
