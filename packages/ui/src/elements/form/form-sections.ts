/**
 * The sections of `<shenbao-form>` as Lit templates, editable or read-only: each section (card)
 * with its reviewer comment, and inside it notices, fields (`<shenbao-field>`), repeated groups
 * (`<shenbao-group>`) and attachment slots (`<shenbao-upload>`); also every step's sections under
 * step headings, and the problems of the record as a whole. The form's state comes in a {@link FormView}.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { getAt, localize, templateOf, text, type AttachmentSlot, type LayoutItem, type LayoutSection } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import type { FieldSpec } from '../../types.js';
import { widgetNamed } from '../../widgets/registry.js';
import type { FormView } from './form-view.js';
import { commentText, reviewMarks } from './review-marks.js';
import { focusIssue, issueListItems } from '../issue-list/issue-items.js';
import { withIssues } from './review-verdict.js';
import { itemsApplicable } from './section-applicability.js';
import type { ShenbaoIssueSelectEvent } from '../../events/shenbao-issue-select-event.js';
import { fieldProperties } from './field-properties.js';
import { itemState, renderItemEditor, renderItemView, renderSummaryRows, type SummaryRow } from '../group/group-summary.js';

/** A section (card) of fields; `editing` lets a long section of the step being edited skip painting while off screen. */
export function renderSection(view: FormView, section: LayoutSection, readonly: boolean, editing = false, level = 3): TemplateResult | typeof nothing {
  const notices = section.items.every((i) => 'notice' in i);
  if (readonly && notices) return nothing;
  // A section whose every field, group and slot the answers made inapplicable is not an empty card
  // (多年中医医术实践材料 for a 师承 candidate).
  if (!notices && !hasApplicableItem(view, section.items, '')) return nothing;
  const comment = view.reviewComments.find((c) => c.target === section.id);
  const estimate = editing ? deferredEstimate(view, section) : undefined;
  return html`<section part="section" class=${estimate === undefined ? 'section' : 'section deferred'} style=${estimate === undefined ? nothing : `--shenbao-section-estimate: ${estimate}px`} aria-labelledby="sec-${section.id}">
    <div role="heading" aria-level=${level} class="section-title" id="sec-${section.id}">${localize(section.title, view.locale)}</div>
    ${comment ? html`<p class="comment" role="note">${comment.text}</p>` : nothing}
    ${renderItems(view, section.items, '', readonly)}
  </section>`;
}

/** Whether any field, group or slot among `items` applies now (the latest evaluation; before it, all do). */
export function hasApplicableItem(view: FormView, items: readonly LayoutItem[], base: string): boolean {
  const evaluation = view.store.evaluation;
  return !evaluation || itemsApplicable(evaluation, items, base);
}

/** Every step's sections, read-only, each step under its own heading (h2, or h3 inside the confirm step). */
export function renderAllSteps(view: FormView, level: 2 | 3 = 2): unknown[] {
  return view.steps.map((step) => {
    const sections = step.sections.map((section) => renderSection(view, section, true, false, level + 1));
    if (sections.every((s) => s === nothing)) return nothing;
    const title = localize(step.title, view.locale);
    return html`${level === 2 ? html`<h2 class="step-title">${title}</h2>` : html`<h3 class="step-title">${title}</h3>`}${sections}`;
  });
}

/**
 * Every problem of the record at the top of the confirmation and read-only views (`<shenbao-issue-list>`):
 * the record's own (PEC-1's "the unit has not filed yet"), hidden fields', materials' and fields'; choosing one moves focus to its place.
 */
export function renderFormIssues(view: FormView): TemplateResult | typeof nothing {
  const evaluation = view.reviewIssues ? withIssues(view.store.evaluation, [...view.reviewIssues]) : view.store.evaluation;
  const items = issueListItems(evaluation, view.compiled, view.steps, view.locale);
  return items.length
    ? html`<shenbao-issue-list .items=${items} .locale=${view.locale}
        @shenbao-issue-select=${(e: ShenbaoIssueSelectEvent) => focusIssue((e.currentTarget as Element).getRootNode() as ParentNode, e.detail.path)}></shenbao-issue-list>`
    : nothing;
}

/**
 * A section of the step being edited that holds only notices and fields with nothing that
 * overflows it (no lookup list, group or upload) skips style, layout and paint while it is far
 * off screen (`content-visibility: auto`): a long step shows as fast as a short one. Returns its
 * estimated height until it is first drawn, or undefined when it always renders.
 */
function deferredEstimate(view: FormView, section: LayoutSection): number | undefined {
  let height = 64;
  for (const item of section.items) {
    if ('notice' in item) height += 56;
    else if ('field' in item && !widgetNamed(view.spec(item, item.field).widget)?.overflows) height += 84;
    else return undefined;
  }
  return height;
}

function renderItems(view: FormView, items: readonly LayoutItem[], base: string, readonly: boolean): unknown {
  return items.map((item) => {
    if ('notice' in item) return readonly ? nothing : html`<p class="notice ${item.tone ?? 'info'}">${localize(item.notice, view.locale)}</p>`;
    if ('field' in item) {
      const pointer = base + item.field;
      const spec = filtered(view.spec(item, pointer), item.filter, item.filter ? getAt(view.store.value, base + item.filter.by) : undefined);
      // COMMON-4: masked in read-only views, but the candidate checks their own numbers in full on 信息确认.
      // Filled from the verified profile (COMMON-12): read-only while filling in, the candidate's own number in full.
      // Required mark, visibility and message are the verdict's: pushed in place (verdict.ts), not bound here.
      const verified = view.mode === 'edit' && !readonly && view.verified(pointer);
      const masked = !view.unmasked && view.mode !== 'confirm' && !view.revealed.has(pointer) && !verified;
      const field = html`<shenbao-field exportparts="label, control, error, value" ${fieldProperties({
        spec,
        value: getAt(view.store.value, pointer),
        locale: view.locale,
        lookup: view.lookup,
        masked,
        readonly: readonly || verified || (view.mode === 'edit' && view.isComputed(pointer)),
        verified,
      })}></shenbao-field>`;
      return reviewMarks(view, pointer, spec.label, field);
    }
    if ('group' in item) return renderGroup(view, item, base + item.group, readonly);
    const slot = view.compiled.slots.get(item.attachment);
    return slot ? renderSlot(view, slot, base, readonly) : nothing;
  });
}

/**
 * The parts of a field, a group and a slot that a host page styles through the form
 * (`shenbao-form::part(label)`): a field's and a slot's and a group's `label` and `error` under
 * their own names (one rule themes every label and every message), the rest prefixed by the element.
 */
export const fieldParts = 'label, control, error, value'; // written out in renderItems' template (no binding per field)
/** The parts of a group exported through the form (see {@link fieldParts}). */
export const groupParts = 'label, error, header: group-header, add: group-add';
/** The parts of an attachment slot exported through the form (see {@link fieldParts}). */
export const uploadParts =
  'label, error, hint, rule: upload-rule, comment: upload-comment, files: upload-files, file: upload-file, open: upload-open, preview: upload-preview, chip: upload-chip, progress: upload-progress, button: upload-button, add: upload-add, straighten: upload-straighten, sample: upload-sample, sample-dialog: upload-sample-dialog';

const filteredSpecs = new WeakMap<FieldSpec, Map<string, FieldSpec>>();

/**
 * Choices that follow an earlier answer (`filter` of a layout item): the spec with only the options
 * whose extra `key` equals the answer, the same object for the same answer (so the field does not
 * re-render for nothing); all options before that answer is given.
 */
function filtered(spec: FieldSpec, filter: { by: string; key: string } | undefined, answer: unknown): FieldSpec {
  if (!filter || !spec.options || answer === undefined || answer === null || answer === '') return spec;
  let byAnswer = filteredSpecs.get(spec);
  if (!byAnswer) filteredSpecs.set(spec, (byAnswer = new Map()));
  const key = String(answer);
  let result = byAnswer.get(key);
  if (!result) {
    result = { ...spec, options: spec.options.filter((o) => o.extras?.[filter.key] === undefined || String(o.extras[filter.key]) === key) };
    byAnswer.set(key, result);
  }
  return result;
}

function renderGroup(view: FormView, item: Extract<LayoutItem, { group: string }>, pointer: string, readonly: boolean) {
  const { compiled, locale } = view;
  const info = compiled.index.get(templateOf(compiled.index, pointer));
  const list = getAt(view.store.value, pointer);
  const count = Array.isArray(list) ? list.length : 0;
  const min = typeof info?.schema.minItems === 'number' ? info.schema.minItems : 0;
  const max = typeof info?.schema.maxItems === 'number' ? info.schema.maxItems : Infinity;
  const label = item.label ? localize(item.label, locale) : info?.label ? localize(info.label, locale) : pointer;
  const itemLabel = item.itemLabel ? localize(item.itemLabel, locale) : label;
  const change = (next: unknown[]) => view.change(pointer, next);
  if (item.display === 'summary') return renderSummaryGroup(view, item, pointer, readonly, { label, itemLabel, count, min, max, list });
  return html`<shenbao-group exportparts=${groupParts} data-path=${pointer} .label=${label} .count=${count} .min=${min} .max=${max} .locale=${locale} ?readonly=${readonly}
      @shenbao-group-add=${() => change([...(Array.isArray(list) ? list : []), {}])}>
    ${repeat(
      Array.from({ length: count }, (_, i) => i),
      (i) => `${pointer}/${i}`,
      (i) => html`<fieldset class="item">
        <legend>${itemLabel} ${i + 1}</legend>
        ${renderItems(view, item.items, `${pointer}/${i}`, readonly)}
        ${readonly
          ? nothing
          : html`<button type="button" class="remove" ?disabled=${count <= min} aria-label="${t('remove', locale)} ${itemLabel} ${i + 1}"
              @click=${() => change((list as unknown[]).filter((_, j) => j !== i))}>${t('remove', locale)}</button>`}
      </fieldset>`,
    )}
  </shenbao-group>`;
}

function renderSlot(view: FormView, slot: AttachmentSlot, base: string, readonly: boolean) {
  const path = `${base}/attachments/${slot.id}`;
  const comment = view.reviewComments.find((c) => c.target === path || c.target === slot.id);
  // Its state from the rules (counts, required, visible) and its message are the verdict's: pushed in place (verdict.ts).
  return reviewMarks(view, path, localize(slot.label, view.locale), html`<shenbao-upload exportparts=${uploadParts} data-path=${path} .attachmentSlot=${slot} .path=${path} .files=${getAt(view.store.value, path) ?? []}
    .uploader=${view.uploader()} .locale=${view.locale} ?readonly=${readonly || view.mode !== 'edit'}
    .comment=${commentText(view, path, slot, comment?.text)}></shenbao-upload>`);
}

/** A group shown as a summary list (`display: "summary"`): rows and one item's editor; read-only, one collapsed row per item. */
function renderSummaryGroup(
  view: FormView,
  item: Extract<LayoutItem, { group: string }>,
  pointer: string,
  readonly: boolean,
  group: { label: string; itemLabel: string; count: number; min: number; max: number; list: unknown },
) {
  const { locale } = view;
  const { label, itemLabel, count, min, max, list } = group;
  const items = Array.isArray(list) ? list : [];
  const rows = items.map((_, i) => summaryRow(view, item, `${pointer}/${i}`, i, itemLabel));
  const open = readonly ? undefined : view.openItem(pointer);
  const editing = open !== undefined && open < count ? open : undefined;
  const add = () => {
    view.change(pointer, [...items, {}]);
    view.editItem(pointer, items.length);
  };
  let body: unknown;
  if (readonly) {
    body = rows.map((row) => {
      const inside = (p: string) => p === row.path || p.startsWith(row.path + '/');
      const marked = view.reviewComments.some((c) => inside(c.target)) || [...view.changed].some(inside);
      return renderItemView(row, renderItems(view, item.items, row.path, true), marked);
    });
  } else if (editing !== undefined) {
    body = renderItemEditor(rows[editing]!, renderItems(view, item.items, rows[editing]!.path, false), locale, () => view.editItem(pointer, undefined));
  } else {
    body = renderSummaryRows(rows, locale, {
      edit: (i, path) => view.editItem(pointer, i, path),
      remove: (i) => change(items.filter((_, j) => j !== i)),
      removable: count > min,
    });
  }
  function change(next: unknown[]) {
    view.change(pointer, next);
  }
  return html`<shenbao-group exportparts=${groupParts} data-path=${pointer} data-display="summary" .label=${label} .count=${count} .min=${min} .max=${max} .locale=${locale}
      ?readonly=${readonly || editing !== undefined} @shenbao-group-add=${add}>
    ${body}
  </shenbao-group>`;
}

/** One item's row: its name and the other summary fields (a choice by its label), and its state. */
function summaryRow(view: FormView, item: Extract<LayoutItem, { group: string }>, path: string, index: number, itemLabel: string): SummaryRow {
  const values = (item.summary ?? []).map((field) => {
    const layoutItem = item.items.find((i): i is Extract<LayoutItem, { field: string }> => 'field' in i && i.field === field);
    const value = getAt(view.store.value, path + field);
    if (value === undefined || value === null || value === '') return '';
    const options = layoutItem ? view.spec(layoutItem, path + field).options : undefined;
    return options?.find((o) => o.value === String(value))?.label ?? String(value);
  });
  return {
    path,
    itemName: text('group.itemName', view.locale, { item: itemLabel, n: index + 1 }),
    name: values[0] ?? '',
    detail: values.slice(1).filter(Boolean).join(' · '),
    state: itemState(view.store.evaluation, path, (place) => view.showErrorsAt(place), view.locale),
  };
}
