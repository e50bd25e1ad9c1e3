/**
 * The dictionary registry: the built-in code tables, replaceable by the host (COMMON-7). A registry
 * holds its own map, so registering a table in one registry never affects another or the built-ins.
 */
import type { Locale } from '../types.js';
import { localize, type Dictionary, type DictionaryItem } from './dictionary.js';
import { documentTypeDictionary } from './document-type.js';
import { educationLevelDictionary } from './education-level.js';
import { ethnicityDictionary } from './ethnicity.js';
import { genderDictionary } from './gender.js';
import { hqLevelDictionary } from './hq-level.js';
import { hubeiCountyDictionary } from './hubei-county.js';
import { physicianClassDictionary } from './physician-class.js';
import { physicianLevelDictionary } from './physician-level.js';
import { practiceScopeDictionary } from './practice-scope.js';
import { studyFormDictionary } from './study-form.js';
import { subjectDictionary } from './subject.js';
import { tcmCandidateTypeDictionary } from './tcm-candidate-type.js';
import { teacherRoleDictionary } from './teacher-role.js';
import { recordStatusDictionary } from './record-status.js';
import { majorTypeDictionary } from './major-type.js';
import { titleLevelDictionary } from './title-level.js';
import { hqSpecialtyDictionary } from './hq-specialty.js';

/** Every built-in dictionary; ids are unique. */
export const builtinDictionaries: Dictionary[] = [
  genderDictionary,
  ethnicityDictionary,
  educationLevelDictionary,
  studyFormDictionary,
  documentTypeDictionary,
  physicianLevelDictionary,
  physicianClassDictionary,
  practiceScopeDictionary,
  hqLevelDictionary,
  subjectDictionary,
  hubeiCountyDictionary,
  tcmCandidateTypeDictionary,
  teacherRoleDictionary,
  recordStatusDictionary,
  majorTypeDictionary,
  titleLevelDictionary,
  hqSpecialtyDictionary,
];

/** A set of dictionaries by id, with lookups by code. */
export interface DictionaryRegistry {
  /** The dictionary with this id, if any. */
  get(id: string): Dictionary | undefined;
  /** True when a dictionary with this id is registered. */
  has(id: string): boolean;
  /** The item with this code in dictionary `id`, if any. */
  item(id: string, code: string): DictionaryItem | undefined;
  /** The label of `code` in `locale` (Chinese when the locale has none); undefined when unknown. */
  label(id: string, code: string, locale?: Locale): string | undefined;
  /** The codes of dictionary `id` in table order; empty when the dictionary is unknown. */
  codes(id: string): string[];
  /** Adds a dictionary or replaces the one with the same id. */
  register(dictionary: Dictionary): void;
  /** Every registered dictionary, built-ins first in their order, then additions. */
  list(): Dictionary[];
}

/**
 * Creates a registry holding the built-in dictionaries, with `overrides` replacing (same id) or
 * adding tables.
 *
 * @example
 * const registry = createDictionaryRegistry([{ id: 'study-form', label: { 'zh-CN': '学习形式' }, items: [] }]);
 * registry.codes('study-form'); // []
 * registry.label('ethnicity', '01', 'en'); // 'Han'
 */
export function createDictionaryRegistry(overrides: Dictionary[] = []): DictionaryRegistry {
  const byId = new Map<string, Dictionary>();
  const byCode = new Map<string, Map<string, DictionaryItem>>();

  const codeIndex = (id: string): Map<string, DictionaryItem> | undefined => {
    const dictionary = byId.get(id);
    if (dictionary === undefined) return undefined;
    let index = byCode.get(id);
    if (index === undefined) {
      index = new Map();
      for (const entry of dictionary.items) if (!index.has(entry.code)) index.set(entry.code, entry);
      byCode.set(id, index);
    }
    return index;
  };

  const registry: DictionaryRegistry = {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    item: (id, code) => codeIndex(id)?.get(code),
    label(id, code, locale = 'zh-CN') {
      const entry = codeIndex(id)?.get(code);
      return entry === undefined ? undefined : localize(entry.label, locale);
    },
    codes: (id) => byId.get(id)?.items.map((entry) => entry.code) ?? [],
    register(dictionary) {
      byId.set(dictionary.id, dictionary);
      byCode.delete(dictionary.id);
    },
    list: () => [...byId.values()],
  };

  for (const dictionary of builtinDictionaries) registry.register(dictionary);
  for (const dictionary of overrides) registry.register(dictionary);
  return registry;
}
