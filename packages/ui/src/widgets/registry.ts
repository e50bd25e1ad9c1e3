/**
 * The one list of widgets: the built-in ones (a folder each beside this file) and those a host
 * registers. A field's widget is the one its layout item names, else the registered widget whose
 * tester ranks it highest (JSON Forms' testers and renderers). The definition meta-schema's widget
 * list is checked against {@link builtinWidgetNames} by a test.
 */
import type { Widget, WidgetTestInput } from './widget.js';
import { checkboxesWidget } from './checkboxes/checkboxes.js';
import { dateWidget } from './date/date.js';
import { idNumberWidget } from './id-number/id-number.js';
import { lookupWidget } from './lookup/lookup.js';
import { monthWidget } from './month/month.js';
import { numberWidget } from './number/number.js';
import { radioWidget } from './radio/radio.js';
import { regionWidget } from './region/region.js';
import { selectWidget } from './select/select.js';
import { switchWidget } from './switch/switch.js';
import { textWidget } from './text/text.js';
import { textareaWidget } from './textarea/textarea.js';
import { yearWidget } from './year/year.js';
import { yesNoWidget } from './yes-no/yes-no.js';

/** The built-in widgets, one registration each. */
const builtins = [
  textWidget,
  textareaWidget,
  numberWidget,
  selectWidget,
  radioWidget,
  checkboxesWidget,
  dateWidget,
  monthWidget,
  yearWidget,
  idNumberWidget,
  lookupWidget,
  switchWidget,
  yesNoWidget,
  regionWidget,
] as const;

/** The name of a built-in widget. */
export type BuiltinWidgetName = (typeof builtins)[number]['name'];

/** The name of a widget a host registers: `x-` and lower-case words (`x-star-rating`), as the definition format allows. */
export type HostWidgetName = `x-${string}`;

/** What a layout item's `widget` and `FieldSpec.widget` can name. */
export type WidgetName = BuiltinWidgetName | HostWidgetName;

/** The names of the built-in widgets, in registration order (the meta-schema lists the same). */
export const builtinWidgetNames: readonly BuiltinWidgetName[] = builtins.map((w) => w.name);

const registry = new Map<string, Widget>(builtins.map((w) => [w.name, w as Widget]));
const hostWidgetName = /^x-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const attributeWord = /^[a-z][a-z-]*$/;

/**
 * Registers a host's widget (before the forms that use it render). Its name starts with `x-`; a
 * layout item names it (`"widget": "x-star-rating"`), or its tester claims fields by itself (a
 * rank above a built-in widget's takes that widget's fields). Throws on a bad or taken name.
 *
 * @example
 * registerWidget({ name: 'x-star-rating', group: true, render: ({ value, emit }) => html`…` });
 */
export function registerWidget(widget: Widget<HostWidgetName>): void {
  if (typeof widget?.name !== 'string' || !hostWidgetName.test(widget.name)) {
    throw new TypeError(`控件名“${String(widget?.name)}”无效：自定义控件须以 x- 开头，只用小写字母、数字和连字符（如 x-star-rating）。`);
  }
  if (registry.has(widget.name)) throw new TypeError(`控件“${widget.name}”已注册过，不能重复注册。`);
  if (!widget.render && !widget.input) throw new TypeError(`控件“${widget.name}”既没有 render 也没有 input，无法显示。`);
  if (widget.input && !attributeWord.test(widget.input.type)) throw new TypeError(`控件“${widget.name}”的 input.type“${widget.input.type}”无效（只用小写字母和连字符）。`);
  registry.set(widget.name, widget);
}

/** The registered widget of this name, if any. */
export function widgetNamed(name: string): Widget | undefined {
  return registry.get(name);
}

/** Whether `name` names a registered widget. */
export function isWidgetName(name: string): name is WidgetName {
  return registry.has(name);
}

/** The registered widget whose tester ranks the field highest (the first registered on a tie; `text` always fits). */
export function chooseWidget(field: WidgetTestInput): WidgetName {
  let best: Widget = textWidget;
  let bestRank = 0;
  for (const widget of registry.values()) {
    const rank = widget.test?.(field);
    if (rank !== undefined && rank > bestRank) {
      best = widget;
      bestRank = rank;
    }
  }
  return best.name as WidgetName;
}

/** The attributes of a plain (one `<input>`) widget for a field, checked to be plain words (they are written into a static template). */
export function plainInputOf(widget: Widget, info: WidgetTestInput['info']): { type: string; inputmode: string | undefined } | undefined {
  if (!widget.input) return undefined;
  const inputmode = widget.input.inputmode?.(info);
  return { type: widget.input.type, inputmode: inputmode !== undefined && attributeWord.test(inputmode) ? inputmode : undefined };
}
