/**
 * What a widget is: the control a `<shenbao-field>` shows for one kind of field (text, select,
 * 是/否, 市 → 区县 …), with a tester that says how well it fits a field — the renderer-and-tester
 * pair of JSON Forms. Built-in widgets are one folder each beside this file; a host adds its own
 * with `registerWidget` (registry.ts).
 */
import type { nothing } from 'lit';
import type { DictionaryRegistry, FieldInfo, Locale } from '@shenbao/core';
import type { FieldSpec, Lookup } from '../types.js';

/** What a tester sees of a field: its schema entry, its items' (arrays) and its choices. */
export interface WidgetTestInput {
  readonly info: FieldInfo;
  /** The entry of the array's items, for an array field. */
  readonly itemInfo: FieldInfo | undefined;
  /** The field's choices (a dictionary's items or the enum), if it has any. */
  readonly options: FieldSpec['options'];
  readonly dictionaries: DictionaryRegistry;
}

/** What a widget's `render` is given: the field's state, ids for labelling, and ways to report a value. */
export interface WidgetContext {
  readonly spec: FieldSpec;
  readonly value: unknown;
  /** The control's id (a plain widget's `<label for>` points at it). */
  readonly id: string;
  /** The id of the field's label, for `aria-labelledby` of a group widget (see {@link Widget.group}). */
  readonly labelId: string;
  /** A name unique to this field (radio groups). */
  readonly name: string;
  readonly required: boolean;
  /** `aria-invalid` of the control: `'true'` while the field shows an error. */
  readonly invalid: 'true' | 'false';
  /** `aria-describedby` of the control (the error and hint), or Lit's `nothing`. */
  readonly describedBy: string | typeof nothing;
  readonly locale: Locale;
  /** The host's lookup adapter (lookup widgets). */
  readonly lookup: Lookup | undefined;
  /** This field's own state for the widget, kept across renders (e.g. an open list, a chosen 市). */
  readonly state: Record<string, unknown>;
  /** Renders the field again (after changing `state`). */
  requestUpdate(): void;
  /** Reports a new value; `commit` for a finished change (a choice, a blur), not a keystroke. */
  emit(value: unknown, commit: boolean): void;
  /** The standard `input` handler of a control whose `.value` is the raw text: reports it, coerced to the schema's type. */
  readonly onInput: (e: Event) => void;
  /** The standard `change` handler (a committed change); it stops the non-composed `change` at the field. */
  readonly onChange: (e: Event) => void;
}

/** A widget that is one `<input>`: the field renders it itself (one template, fastest), the widget gives type and inputmode. */
export interface PlainInput {
  /** The input's `type` (lower-case letters and `-`). */
  readonly type: string;
  /** Its `inputmode` for this field, if any (lower-case letters). */
  inputmode?(info: FieldInfo): string | undefined;
}

/** One widget: a name, a tester, and either a plain input or a render function. */
export interface Widget<Name extends string = string> {
  /** What a layout item's `widget` names. */
  readonly name: Name;
  /**
   * How well the widget fits a field when the layout names none: higher wins, `undefined` or ≤ 0
   * never. Built-in ranks: 1 (text) to 100 (a list index); a host widget ranked above a built-in
   * one takes its fields. Without a tester the widget is used only where a layout names it.
   */
  test?(field: WidgetTestInput): number | undefined;
  /** One `<input>` (text, number, date …); no `render` needed. */
  readonly input?: PlainInput;
  /** Renders the control (everything between the label and the error) for editing. */
  render?(context: WidgetContext): unknown;
  /** Several controls under one label (radios, checkboxes, two selects): the label is a heading they name with `aria-labelledby`, not a `<label for>`. */
  readonly group?: boolean;
  /** Opens a list over what follows it (a lookup): a section holding it is never painted lazily. */
  readonly overflows?: boolean;
  /** Checks a document number's format while it is typed (✓ 格式正确). */
  readonly liveFormat?: boolean;
  /** The value as read-only text (信息确认, review); default: the choice's label, 是/否, or the value itself (masked as the schema says). */
  display?(spec: FieldSpec, value: unknown, locale: Locale): string;
}

/** Declares a widget, keeping its name's literal type (so the registry's names form a union). */
export function defineWidget<const Name extends string>(widget: Widget<Name>): Widget<Name> {
  return widget;
}

/** A tester that ranks `rank` where `predicate` holds (JSON Forms' `rankWith`). */
export function rankWith(rank: number, predicate: (field: WidgetTestInput) => boolean): (field: WidgetTestInput) => number | undefined {
  return (field) => (predicate(field) ? rank : undefined);
}
