/**
 * Level declared in the health professional technical qualification exam (卫生专业技术资格考试,
 * 申报级别): 初级士, 初级师 and 中级.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The declared qualification level code table. */
export const hqLevelDictionary: Dictionary = defineDictionary({
  id: 'hq-level',
  label: { 'zh-CN': '申报级别', en: 'Declared level' },
  items: [
    item('junior-technician', '初级士', 'Junior (technician)'),
    item('junior-practitioner', '初级师', 'Junior (practitioner)'),
    item('intermediate', '中级', 'Intermediate'),
  ],
});
