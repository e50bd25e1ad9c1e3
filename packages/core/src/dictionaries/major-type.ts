/**
 * Field type of a studied major (专业类型): medical or not (000 §3.2.2, 002 §4.1).
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The major type code table. */
export const majorTypeDictionary: Dictionary = defineDictionary({
  id: 'major-type',
  label: { 'zh-CN': '专业类型', en: 'Field type' },
  items: [item('medical', '医学', 'Medical'), item('non-medical', '非医学', 'Non-medical')],
});
