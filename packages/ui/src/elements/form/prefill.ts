/**
 * What is already verified fills the form (COMMON-12): the layout items that name a `prefill`
 * source (a JSON Pointer into the host's profile, e.g. `/name`, `/unit/name`) take their value from
 * the profile and stay read-only; and a birth date follows from a resident ID number beside it
 * (GB 11643 digits 7–14), wherever the form has an empty `birthDate` next to an `idNumber`.
 */
import { findFormat, getAt, type FormDefinition, type LayoutItem } from '@shenbao/core';
import type { FormStore } from '../../form-store.js';

/** A field filled from the profile: where it goes and where it comes from. */
export interface PrefillItem {
  pointer: string;
  source: string;
}

/** The top-level field items of a definition that name a prefill source. */
export function prefillItems(definition: FormDefinition): PrefillItem[] {
  const found: PrefillItem[] = [];
  const walk = (items: readonly LayoutItem[]) => {
    for (const item of items) if ('field' in item && item.prefill) found.push({ pointer: item.field, source: item.prefill });
  };
  for (const step of definition.layout.steps) for (const section of step.sections) walk(section.items);
  return found;
}

const empty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Writes each profile value into the data (verified facts win over a draft) and returns the
 * pointers it filled; values the profile does not have are left as they are (and editable).
 */
export function applyPrefill(store: FormStore, items: readonly PrefillItem[], profile: unknown): Set<string> {
  const filled = new Set<string>();
  if (!profile || typeof profile !== 'object') return filled;
  for (const { pointer, source } of items) {
    const value = getAt(profile, source);
    if (empty(value) || typeof value === 'object') continue;
    if (getAt(store.value, pointer) !== value) store.set(pointer, value, false);
    filled.add(pointer);
  }
  return filled;
}

/** The birth date (YYYY-MM-DD) a valid resident ID number carries, else undefined. */
export function birthDateOf(idNumber: unknown): string | undefined {
  if (typeof idNumber !== 'string' || !findFormat('cn-id')?.validate(idNumber)) return undefined;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/**
 * Fills `birthDate` beside an `idNumber` at `idPointer` from a resident ID number, when the form
 * has that field, the document type beside it (if any) is a resident ID or residence permit, and
 * the birth date is empty or was derived before (`derived` remembers those). Returns whether it wrote.
 */
export function deriveBirthDate(store: FormStore, has: (pointer: string) => boolean, idPointer: string, derived: Set<string>): boolean {
  if (!idPointer.endsWith('/idNumber')) return false;
  const base = idPointer.slice(0, -'/idNumber'.length);
  const target = `${base}/birthDate`;
  if (!has(target)) return false;
  const idType = getAt(store.value, `${base}/idType`);
  if (idType !== undefined && idType !== 'id-card' && idType !== 'residence-permit') return false;
  const date = birthDateOf(getAt(store.value, idPointer));
  const current = getAt(store.value, target);
  if (!date || (!empty(current) && !derived.has(target)) || current === date) return false;
  store.set(target, date, false);
  derived.add(target);
  return true;
}
