/**
 * The fields of a form definition as policy staff know them: by label, list items included, with
 * their type and the labels of their values (enum titles or dictionary items). The condition builder
 * offers them; the sentence builder names them.
 */
import { createDictionaryRegistry, indexSchema, type DictionaryRegistry, type FormDefinition, type SchemaIndex } from '@shenbao/core';

/** One field a rule can read or target. */
export interface CatalogField {
  /** Pointer template (`/teachers/*\/role`). */
  pointer: string;
  /** The field's own label (`类别`). */
  label: string;
  /** The label with the lists it sits in (`指导老师及推荐医师 › 类别`). */
  fullLabel: string;
  /** JSON type (`string`, `number`, `array`, …). */
  type: string;
  /** `date` for date fields. */
  format?: string;
  /** Code → label of the allowed values, when there is a closed set. */
  options?: { value: string; label: string }[];
  /** True for a field inside a list item. */
  inList: boolean;
}

/** The labelled fields of a definition and the labels of their values. */
export interface FieldCatalog {
  definition: FormDefinition;
  index: SchemaIndex;
  context: SchemaIndex;
  fields: CatalogField[];
  /** The field at a pointer template, if the definition has it. */
  field(pointer: string): CatalogField | undefined;
  /** The label of a value of the field at `pointer` (the value itself when it has none). */
  valueLabel(pointer: string, value: unknown): string;
}

const templateOf = (pointer: string) => pointer.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*');

function entriesOf(index: SchemaIndex, dictionaries: DictionaryRegistry): CatalogField[] {
  const fields: CatalogField[] = [];
  for (const [pointer, info] of index) {
    if (pointer === '' || !info.label) continue;
    if (/\/attachments(\/|$)/.test(pointer)) continue;
    const owners: string[] = [];
    let prefix = '';
    for (const token of pointer.split('/').slice(1, -1)) {
      prefix += '/' + token;
      const owner = index.get(prefix);
      if (token !== '*' && owner?.type === 'array' && owner.label) owners.push(owner.label['zh-CN']);
    }
    const label = info.label['zh-CN'];
    const field: CatalogField = { pointer, label, fullLabel: [...owners, label].join(' › '), type: info.type ?? 'string', inList: pointer.includes('/*') };
    if (info.format) field.format = info.format;
    if (info.dictionary && dictionaries.has(info.dictionary)) {
      field.options = dictionaries.codes(info.dictionary).map((code) => ({ value: code, label: dictionaries.label(info.dictionary!, code) ?? code }));
    } else if (info.enum) {
      field.options = info.enum.map((v) => ({ value: String(v), label: info.enumTitles?.[String(v)]?.['zh-CN'] ?? String(v) }));
    }
    fields.push(field);
  }
  return fields;
}

/** Builds the catalog of a definition (built-in dictionaries unless given). */
export function fieldCatalog(definition: FormDefinition, dictionaries: DictionaryRegistry = createDictionaryRegistry()): FieldCatalog {
  const index = indexSchema(definition.schema);
  const context = definition.context ? indexSchema(definition.context) : new Map();
  const fields = entriesOf(index, dictionaries);
  const byPointer = new Map(fields.map((f) => [f.pointer, f]));
  return {
    definition,
    index,
    context,
    fields,
    field: (pointer) => byPointer.get(templateOf(pointer)),
    valueLabel(pointer, value) {
      const option = byPointer.get(templateOf(pointer))?.options?.find((o) => o.value === String(value));
      if (option) return option.label;
      if (typeof value === 'boolean') return value ? '是' : '否';
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
  };
}
