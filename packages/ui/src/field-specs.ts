/**
 * From a definition's layout item and schema index to what a field element renders: label, widget
 * and choices. The widget follows the layout's `widget` when given, else the registered widget
 * whose tester ranks the field highest (widgets/registry.ts).
 */
import { createDictionaryRegistry, getAt, localize, type CompiledForm, type DictionaryRegistry, type FieldInfo, type LayoutItem, type Locale } from '@shenbao/core';
import type { FieldSpec } from './types.js';
import { t } from './ui-texts.js';
import { chooseWidget, isWidgetName, type WidgetName } from './widgets/registry.js';
import type { WidgetTestInput } from './widgets/widget.js';

let builtin: DictionaryRegistry | undefined;

/** The default registry of code tables (the built-in ones). */
export function defaultDictionaries(): DictionaryRegistry {
  return (builtin ??= createDictionaryRegistry());
}

/** Choices of a field (or of its array items): dictionary items or enum values with titles. */
function optionsOf(info: FieldInfo, itemInfo: FieldInfo | undefined, dictionaries: DictionaryRegistry, locale: Locale): FieldSpec['options'] {
  const source = itemInfo ?? info;
  if (source.dictionary && dictionaries.has(source.dictionary)) {
    const allowed = source.enum ? new Set(source.enum.map(String)) : undefined;
    return dictionaries
      .get(source.dictionary)!
      .items.filter((item) => !allowed || allowed.has(item.code))
      .map(({ code, label, ...extras }) => (Object.keys(extras).length ? { value: code, label: localize(label, locale), extras } : { value: code, label: localize(label, locale) }));
  }
  if (source.enum) return source.enum.map((v) => ({ value: String(v), label: source.enumTitles?.[String(v)] ? localize(source.enumTitles[String(v)], locale) : String(v) }));
  if (source.type === 'boolean') return [{ value: 'true', label: t('yes', locale) }, { value: 'false', label: t('no', locale) }];
  return undefined;
}

const warnedWidgets = new Set<string>();

/** The widget a layout names, if registered; else the one whose tester ranks the field highest (widgets/registry.ts). */
function widgetOf(test: WidgetTestInput, explicit?: string): WidgetName {
  if (explicit !== undefined) {
    if (isWidgetName(explicit)) return explicit;
    if (!warnedWidgets.has(explicit)) {
      warnedWidgets.add(explicit);
      console.warn(`shenbao: 控件“${explicit}”未注册（registerWidget），改用按字段选择的控件。`);
    }
  }
  return chooseWidget(test);
}

/** Builds the spec of a field item at a concrete pointer (`/teachers/1/name`), its template being `template`. */
export function fieldSpec(
  form: CompiledForm,
  item: Extract<LayoutItem, { field: string }>,
  pointer: string,
  template: string,
  locale: Locale,
  dictionaries: DictionaryRegistry = defaultDictionaries(),
): FieldSpec {
  const info = form.index.get(template) ?? { pointer: template, required: false, schema: {} };
  const itemInfo = info.type === 'array' ? form.index.get(`${template}/*`) : undefined;
  const options = optionsOf(info, itemInfo, dictionaries, locale);
  const widget = widgetOf({ info, itemInfo, options, dictionaries }, item.widget);
  const label = item.label ? localize(item.label, locale) : info.label ? localize(info.label, locale) : template;
  const spec: FieldSpec = { pointer, label, info, widget };
  if (options) spec.options = options;
  if (item.placeholder) spec.placeholder = localize(item.placeholder, locale);
  // A code table the host searches (not among the registered dictionaries): the lookup widget asks the host for it.
  if (info.dictionary && !dictionaries.has(info.dictionary)) spec.lookup = info.dictionary;
  return spec;
}

/**
 * The choices of a field that indexes a list of the declaration (`x-item-of`, e.g. 申报所用学历 →
 * `/educationRecords`): one per item, read by the schema's label template (`{n}` the 1-based place,
 * `{/school}` a value of the item), so neither the select nor a read-only view shows a raw index.
 */
export function itemOptions(spec: FieldSpec, data: unknown, locale: Locale): FieldSpec['options'] {
  const itemOf = spec.info.itemOf;
  if (!itemOf) return spec.options;
  const list = getAt(data, itemOf.list);
  const template = localize(itemOf.label, locale);
  return (Array.isArray(list) ? list : []).map((item, i) => ({
    value: String(i),
    label: template.replace(/\{n\}|\{(\/[^}]*)\}/g, (_whole, pointer: string | undefined) => {
      if (pointer === undefined) return String(i + 1);
      const value = getAt(item, pointer);
      return value === undefined || value === null ? '—' : String(value);
    }),
  }));
}
