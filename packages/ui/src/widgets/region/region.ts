/**
 * The `region` widget (issue 8 item 9): a choice from a two-level code table — Hubei's 市/州 and
 * their 区县 (`hubei-county`: a county's item names its prefecture in `parent`) — as two labelled
 * native selects, 市/州 first, then the 区县 under it. The value stays the county's code (a
 * directly administered 市 such as 仙桃市, with no 区县 under it, is its own value), so packs and
 * records are the same as with a flat list; read-only it shows 「武汉市 江岸区」. Chosen by its
 * tester for any field whose choices name a `parent`.
 */
import { html } from 'lit';
import type { Locale } from '@shenbao/core';
import type { FieldSpec } from '../../types.js';
import { t } from '../../ui-texts.js';
import { defineWidget, rankWith, type WidgetContext } from '../widget.js';

type Option = NonNullable<FieldSpec['options']>[number];

/** The upper-level code an option sits under, if any. */
function parentOf(option: Option | undefined): string | undefined {
  const parent = option?.extras?.['parent'];
  return parent === undefined || parent === null ? undefined : String(parent);
}

/** The upper level chosen: the value's own parent, the value itself when it is upper-level, else the one chosen before a county was. */
function upperOf(options: readonly Option[], value: string, remembered: string | undefined): string | undefined {
  const current = options.find((o) => o.value === value);
  if (current) return parentOf(current) ?? current.value;
  return remembered;
}

function render(context: WidgetContext) {
  const { spec, id, labelId, required, invalid, describedBy, locale, emit, requestUpdate } = context;
  const state = context.state as { upper?: string | undefined };
  const options = spec.options ?? [];
  const value = context.value === undefined || context.value === null ? '' : String(context.value);
  const uppers = options.filter((o) => parentOf(o) === undefined);
  const upper = upperOf(options, value, state.upper);
  const lowers = upper === undefined ? [] : options.filter((o) => parentOf(o) === upper);
  // A 市 with nothing under it (省直辖: 仙桃市, 神农架林区) is the value itself.
  const leaf = upper !== undefined && lowers.length === 0;
  const chooseUpper = (e: Event) => {
    e.stopPropagation();
    const code = (e.target as HTMLSelectElement).value || undefined;
    state.upper = code;
    const under = code === undefined ? [] : options.filter((o) => parentOf(o) === code);
    const keep = code !== undefined && parentOf(options.find((o) => o.value === value)) === code;
    emit(keep ? value : code !== undefined && under.length === 0 ? code : undefined, true);
    requestUpdate();
  };
  const chooseLower = (e: Event) => {
    e.stopPropagation();
    emit((e.target as HTMLSelectElement).value || undefined, true);
  };
  const lowerId = `${id}-lower`;
  return html`<div class="cascade" role="group" aria-labelledby=${labelId}>
    <div class="cascade-part">
      <label class="cascade-label" for=${id}>${t('regionUpper', locale)}</label>
      <select part="control" id=${id} aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid === 'true' && upper === undefined ? 'true' : 'false'} aria-describedby=${describedBy} @change=${chooseUpper}>
        <option value="" ?selected=${upper === undefined}>${t('choose', locale)}</option>
        ${uppers.map((o) => html`<option value=${o.value} ?selected=${o.value === upper}>${o.label}</option>`)}
      </select>
    </div>
    <div class="cascade-part">
      <label class="cascade-label" for=${lowerId}>${t('regionLower', locale)}</label>
      <select part="control" id=${lowerId} ?disabled=${upper === undefined || leaf} aria-required=${required && !leaf ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${chooseLower}>
        ${leaf
          ? html`<option value="" selected>${t('regionNone', locale)}</option>`
          : html`<option value="" ?selected=${!lowers.some((o) => o.value === value)}>${upper === undefined ? t('regionUpperFirst', locale) : t('choose', locale)}</option>
              ${lowers.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}`}
      </select>
    </div>
  </div>`;
}

/** 「武汉市 江岸区」: the upper level's name before the county's (a 省直辖 市 alone). */
function display(spec: FieldSpec, value: unknown, _locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  const options = spec.options ?? [];
  const current = options.find((o) => o.value === String(value));
  if (!current) return String(value);
  const parent = parentOf(current);
  const upper = parent === undefined ? undefined : options.find((o) => o.value === parent);
  return upper ? `${upper.label} ${current.label}` : current.label;
}

/** 市/州 → 区县 as two labelled selects; the value is the county's code. */
export const regionWidget = defineWidget({
  name: 'region',
  group: true,
  test: rankWith(60, ({ info, options }) => info.type !== 'array' && !info.itemOf && options !== undefined && options.some((o) => parentOf(o) !== undefined)),
  render,
  display,
});
