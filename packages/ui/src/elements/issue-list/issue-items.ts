/**
 * From an evaluation to the lines of `<shenbao-issue-list>`: every issue (none left out), the
 * record's own first, then in the order of the layout; each with its place in words (section ·
 * group item · field or material) and whether it has a place on screen to move focus to; and
 * where focus goes when one is chosen.
 */
import { localize, templateOf, text, type CompiledForm, type Issue, type LayoutItem, type LayoutStep, type Locale } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import type { IssueListItem } from './issue-list.js';
import { revealInItems, rowHolding } from '../group/group-summary.js';

/** A text of the issue list's places (catalog keys under `issues.`). */
const say = (key: 'record' | 'attachments' | 'hidden', locale: Locale) => text(`issues.${key}`, locale);

interface Place {
  /** Layout order of the item that shows this path. */
  order: number;
  section: string;
}

/** Template pointers (fields, groups, `/attachments/<slot>`) the layout shows, with their section and order. */
function layoutPlaces(steps: readonly LayoutStep[], compiled: CompiledForm, locale: Locale): Map<string, Place> {
  const places = new Map<string, Place>();
  let order = 0;
  const walk = (items: readonly LayoutItem[], base: string, section: string) => {
    for (const item of items) {
      if ('field' in item) places.set(templateOf(compiled.index, base + item.field), { order: order++, section });
      else if ('group' in item) {
        const group = templateOf(compiled.index, base + item.group);
        places.set(group, { order: order++, section });
        walk(item.items, `${base}${item.group}/0`, section);
      } else if ('attachment' in item) {
        const slot = compiled.slots.get(item.attachment);
        if (!slot) continue;
        const at = `${base ? templateOf(compiled.index, base) : ''}/attachments/${slot.id}`;
        places.set(at, { order: order++, section });
      }
    }
  };
  for (const step of steps) for (const section of step.sections) walk(section.items, '', localize(section.title, locale));
  return places;
}

/** "指导老师 2 · " for `/teachers/1/…`: each list item on the way, numbered from 1. */
function itemPrefix(compiled: CompiledForm, pointer: string, locale: Locale): string {
  const parts = pointer.split('/').slice(1);
  let prefix = '';
  for (let i = 0; i < parts.length; i++) {
    if (!/^(0|[1-9]\d*)$/.test(parts[i]!) || i === 0) continue;
    const list = '/' + parts.slice(0, i).join('/');
    if (!compiled.index.has(`${templateOf(compiled.index, list)}/*`)) continue;
    const info = compiled.index.get(`${templateOf(compiled.index, list)}/*`);
    const name = info?.label ? localize(info.label, locale) : compiled.label(list, locale);
    prefix += `${name} ${Number(parts[i]) + 1} · `;
  }
  return prefix;
}

/** The lines of the issue list for an evaluation, in screen order (the record's own problems first). */
export function issueListItems(evaluation: Evaluation | undefined, compiled: CompiledForm, steps: readonly LayoutStep[], locale: Locale): IssueListItem[] {
  if (!evaluation) return [];
  const places = layoutPlaces(steps, compiled, locale);
  const seen = new Set<string>();
  const lines: (IssueListItem & { order: number })[] = [];
  evaluation.issues.forEach((issue: Issue, n) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push({ ...describe(issue, evaluation, compiled, places, locale), order: issue.path === '' ? -1 : (places.get(anchorOf(compiled, issue.path))?.order ?? 1e6) + n / 1e4 });
  });
  return lines.sort((a, b) => a.order - b.order).map(({ order: _order, ...line }) => line);
}

/** The slot path of an attachment path (`/x/0/attachments/photo/1` → `/x/0/attachments/photo`), or undefined. */
function slotPathOf(path: string): { slot: string; id: string; file?: number } | undefined {
  const m = /^(.*\/attachments\/([^/]+))(?:\/(\d+))?$/.exec(path);
  return m ? { slot: m[1]!, id: m[2]!, ...(m[3] !== undefined ? { file: Number(m[3]) } : {}) } : undefined;
}

/** The template of the layout item that shows a path. */
function anchorOf(compiled: CompiledForm, path: string): string {
  const slot = slotPathOf(path);
  if (slot) {
    const base = slot.slot.slice(0, slot.slot.lastIndexOf('/attachments/'));
    return `${base ? templateOf(compiled.index, base) : ''}/attachments/${slot.id}`;
  }
  return templateOf(compiled.index, path);
}

function describe(issue: Issue, evaluation: Evaluation, compiled: CompiledForm, places: Map<string, Place>, locale: Locale): IssueListItem {
  const { path, code, message } = issue;
  if (path === '') return { path, code, message, place: say('record', locale), linked: false };
  if (path === '/attachments') return { path, code, message, place: say('attachments', locale), linked: false };
  const slot = slotPathOf(path);
  const place = places.get(anchorOf(compiled, path));
  const section = place ? `${place.section} · ` : '';
  if (slot) {
    const info = compiled.slots.get(slot.id);
    const hidden = evaluation.attachments[slot.slot]?.visible === false;
    const name = info ? localize(info.label, locale) : slot.id;
    const file = slot.file !== undefined ? ` · ${text('issues.file', locale, { n: slot.file + 1 })}` : '';
    return { path, code, message, place: `${section}${itemPrefix(compiled, slot.slot, locale)}${name}${file}${hidden ? say('hidden', locale) : ''}`, linked: !!place && !hidden };
  }
  const hidden = evaluation.visible[path] === false;
  const label = compiled.label(path, locale);
  return { path, code, message, place: `${section}${itemPrefix(compiled, path, locale)}${label}${hidden ? say('hidden', locale) : ''}`, linked: !!place && !hidden };
}

/**
 * Moves focus to the place of an issue path under `root`: its field, else the closest field or
 * element with a `data-path` above it (a group, an upload slot). Returns the element, or undefined.
 */
export function focusIssue(root: ParentNode, path: string): HTMLElement | undefined {
  type WithPointer = HTMLElement & { spec?: { pointer: string } };
  const candidates: [string, HTMLElement][] = [];
  for (const el of root.querySelectorAll<WithPointer>('shenbao-field, [data-path]')) {
    const at = el.spec?.pointer ?? el.getAttribute('data-path');
    if (at && (path === at || path.startsWith(at + '/')) && !el.hidden) candidates.push([at, el]);
  }
  const [at, target] = candidates.sort((a, b) => b[0].length - a[0].length)[0] ?? [];
  // Inside an item of a summary list whose editor is closed: its row opens it and focuses the field.
  const row = rowHolding(root, path);
  if (row && (!at || row.getAttribute('data-item-path')!.length > at.length)) {
    row.openItem(path);
    return row;
  }
  if (!target) return undefined;
  revealInItems(target);
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
  const active = target.shadowRoot?.activeElement ?? (document.activeElement === target ? target : null);
  if (!active) {
    // A read-only field or an upload slot has no control to take focus: the element itself takes it.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    HTMLElement.prototype.focus.call(target); // not the field's own focus(), which looks for a control

  }
  return target;
}
