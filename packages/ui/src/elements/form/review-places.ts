/**
 * The places a reviewer's comment can be on, named the same way on both sides of a review (issue 8
 * item 13, PEM-10): a step or section by its title, a material (slot instance) by the item it
 * belongs to and its label — `老师 2（李某）· 身份证` — and one document of it by its place —
 * `老师 2（李某）· 身份证正面`. The review panel, the document viewer and the candidate's page all
 * name a comment with these functions.
 */
import { getAt, indexSchema, labelFor, prepareSchema, localize, templateOf, text, type AttachmentRef, type FormDefinition, type LayoutItem, type Locale, type SchemaIndex } from '@shenbao/core';
import type { SlotState } from '@shenbao/rules';
import { uploadText } from '../upload/upload.texts.js';
import { placeIndexOf } from '../upload/upload-places.js';

/** What naming a place needs: the definition, its field index, the data and (optionally) the slots' states. */
export interface PlaceContext {
  definition: FormDefinition;
  index: SchemaIndex;
  value: unknown;
  locale: Locale;
  /** Slot states of the latest evaluation by instance path; a slot whose state says invisible is left out. */
  states?: Readonly<Record<string, SlotState>>;
}

/** A material (slot instance) of the record, in screen order. */
export interface MaterialPlace {
  /** The slot instance path (`/teachers/1/attachments/teacherIdCard`), a comment's target. */
  path: string;
  slotId: string;
  /** `老师 2（李某）· 身份证`. */
  label: string;
  /** The section it is shown in. */
  section: string;
}

/** `老师 2（李某）`: an item of a repeated group, numbered from 1, with the person's name when it has one. */
function itemName(context: PlaceContext, item: Extract<LayoutItem, { group: string }>, pointer: string, i: number): string {
  const info = context.index.get(templateOf(context.index, pointer));
  const name = localize(item.itemLabel ?? item.label ?? info?.label ?? { 'zh-CN': pointer }, context.locale);
  const person = getAt(context.value, `${pointer}/${i}/name`);
  const who = typeof person === 'string' && person.trim() !== '' ? text('review.person', context.locale, { name: person.trim() }) : '';
  return `${name} ${i + 1}${who}`;
}

/** Every visible material of the record in screen order, each named by its place. */
export function materialPlaces(context: PlaceContext): MaterialPlace[] {
  const places: MaterialPlace[] = [];
  const slots = new Map(context.definition.attachments.map((s) => [s.id, s]));
  const walk = (items: readonly LayoutItem[], base: string, prefix: string, section: string): void => {
    for (const item of items) {
      if ('attachment' in item) {
        const path = `${base}/attachments/${item.attachment}`;
        const slot = slots.get(item.attachment);
        if (slot && context.states?.[path]?.visible !== false) {
          places.push({ path, slotId: slot.id, label: prefix + localize(slot.label, context.locale), section });
        }
      } else if ('group' in item) {
        const pointer = base + item.group;
        const list = getAt(context.value, pointer);
        const count = Array.isArray(list) ? list.length : 0;
        for (let i = 0; i < count; i++) {
          const name = itemName(context, item, pointer, i);
          // `老师 2（李某）· 身份证`: no space after a full-width bracket.
          walk(item.items, `${pointer}/${i}`, `${prefix}${name}${name.endsWith('）') ? '· ' : ' · '}`, section);
        }
      }
    }
  };
  for (const step of context.definition.layout.steps) for (const section of step.sections) walk(section.items, '', '', section.id);
  return places;
}

/** Whether a slot instance holds exactly two files shown as 正面 and 反面. */
function frontAndBack(context: PlaceContext, path: string, slotId: string): boolean {
  const slot = context.definition.attachments.find((s) => s.id === slotId);
  const state = context.states?.[path];
  return (state?.min ?? slot?.min) === 2 && (state?.max ?? slot?.max) === 2;
}

/** The place of the `i`th file of a material: `…身份证正面`, `…学历证件（第 2 份）`, or the material's own name for its only file. */
export function documentLabel(context: PlaceContext, material: MaterialPlace, i: number, count: number): string {
  if (frontAndBack(context, material.path, material.slotId) && i < 2) {
    const list = getAt(context.value, material.path);
    const place = Array.isArray(list) ? placeIndexOf(list as AttachmentRef[], i) : i;
    return material.label + uploadText(place === 0 ? 'front' : 'back', context.locale);
  }
  if (count <= 1) return material.label;
  return text('review.copy', context.locale, { label: material.label, n: i + 1 });
}

/**
 * The name of a comment's target: a step or section id, a slot id, a slot instance path, one
 * file of it (`…/attachments/x/0`), or a field pointer.
 */
export function placeLabel(context: PlaceContext, target: string): string {
  for (const step of context.definition.layout.steps) {
    if (step.id === target) return localize(step.title, context.locale);
    for (const section of step.sections) if (section.id === target) return localize(section.title, context.locale);
  }
  const materials = materialPlaces({ ...context, states: {} });
  const material = materials.find((m) => m.path === target || (m.slotId === target && !m.path.slice(1).includes('/attachments/') ));
  if (material) return material.label;
  const file = /^(.*\/attachments\/[^/]+)\/(\d+)$/.exec(target);
  const owner = file ? materials.find((m) => m.path === file[1]) : undefined;
  if (file && owner) {
    const list = getAt(context.value, owner.path);
    return documentLabel(context, owner, Number(file[2]), Array.isArray(list) ? list.length : 0);
  }
  const slot = context.definition.attachments.find((s) => s.id === target);
  if (slot) return localize(slot.label, context.locale);
  return target.startsWith('/') ? fieldPlaceLabel(context, target) : target;
}

/** A layout item's own label for a field template (`/applicant/idNumber`, or a list item field), when the layout renames the field. */
function layoutLabel(context: PlaceContext, template: string): string | undefined {
  const find = (items: readonly LayoutItem[], base: string): string | undefined => {
    for (const item of items) {
      if ('field' in item && item.label && base + item.field === template) return localize(item.label, context.locale);
      if ('group' in item) {
        const found = find(item.items, `${base}${item.group}/*`);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const step of context.definition.layout.steps) for (const section of step.sections) {
    const found = find(section.items, '');
    if (found) return found;
  }
  return undefined;
}

/** A field as the form shows it: the layout's label when it renames the field (证件编号), items numbered as {@link labelFor} does. */
function fieldPlaceLabel(context: PlaceContext, pointer: string): string {
  const full = labelFor(context.index, pointer, context.locale);
  const template = templateOf(context.index, pointer);
  const shown = layoutLabel(context, template);
  const info = context.index.get(template)?.label;
  const own = info ? localize(info, context.locale) : undefined;
  return shown && own && full.endsWith(own) ? full.slice(0, full.length - own.length) + shown : full;
}

/**
 * Names a review comment's target for people, the same way the reviewer's desk names it — for a
 * host page that lists a record's comments (the candidate's side).
 *
 * @example
 * reviewPlaceLabel(definition, data, '/teachers/1/attachments/teacherIdCard'); // '老师 2（李某）· 身份证'
 */
export function reviewPlaceLabel(definition: FormDefinition, value: unknown, target: string, locale: Locale = 'zh-CN'): string {
  return placeLabel({ definition, index: indexOf(definition), value, locale }, target);
}

/** The field index of a definition (no validator: none is needed to name a place), once per definition object. */
const indexes = new WeakMap<FormDefinition, SchemaIndex>();
function indexOf(definition: FormDefinition): SchemaIndex {
  let index = indexes.get(definition);
  if (!index) indexes.set(definition, (index = indexSchema(prepareSchema(definition))));
  return index;
}
