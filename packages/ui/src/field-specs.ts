/**
 * From a definition's layout item and schema index to what a field element renders: label, widget
 * and choices. The widget follows the layout's `widget` when given, else the schema (enum and
 * dictionary → select or radio, boolean → 是/否 (yes-no), date format → date picker, document formats →
 * id-number, long text → textarea, a dictionary the host provides → lookup).
 */
import { createDictionaryRegistry, getAt, localize, type CompiledForm, type DictionaryRegistry, type FieldInfo, type LayoutItem, type Locale } from '@shenbao/core';
import type { FieldSpec } from './types.js';
import { t } from './ui-texts.js';

const documentFormats = new Set(['cn-id', 'cn-residence-permit', 'hk-macau-permit', 'tw-permit', 'passport', 'military-officer']);
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

/** Picks the widget for a field. */
function widgetOf(info: FieldInfo, itemInfo: FieldInfo | undefined, options: FieldSpec['options'], dictionaries: DictionaryRegistry, explicit?: string): string {
  if (explicit) return explicit;
  if (info.itemOf) return 'select';
  if (info.type === 'array') return itemInfo && options ? 'checkboxes' : 'textarea';
  if (info.dictionary && !dictionaries.has(info.dictionary) && !info.enum) return 'lookup';
  if (info.type === 'boolean') return 'yes-no';
  if (options) return options.length <= 4 ? 'radio' : 'select';
  if (info.format === 'date') return 'date';
  if (info.format && documentFormats.has(info.format)) return 'id-number';
  if (info.type === 'integer' || info.type === 'number') return 'number';
  const max = info.schema.maxLength;
  if (typeof max === 'number' && max > 200) return 'textarea';
  return 'text';
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
  const widget = widgetOf(info, itemInfo, options, dictionaries, item.widget);
  const label = item.label ? localize(item.label, locale) : info.label ? localize(info.label, locale) : template;
  const spec: FieldSpec = { pointer, label, info, widget };
  if (options) spec.options = options;
  if (item.placeholder) spec.placeholder = localize(item.placeholder, locale);
  if (widget === 'lookup' && info.dictionary) spec.lookup = info.dictionary;
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
