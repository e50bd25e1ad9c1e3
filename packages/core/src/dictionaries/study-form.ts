/**
 * Form of study (学习形式). No official code list was found, so the codes are stable ASCII names
 * chosen here; the label of `full-time` is the one the seed manuals show, and `aliases` lists the
 * spelling with half-width punctuation that some exports use.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The form-of-study code table. */
export const studyFormDictionary: Dictionary = defineDictionary({
  id: 'study-form',
  label: { 'zh-CN': '学习形式', en: 'Form of study' },
  items: [
    item('full-time', '全日制普通高等教育（大学、高职高专）', 'Full-time regular higher education', {
      aliases: ['全日制普通高等教育(大学,高职高专)', '全日制普通高等教育(大学、高职高专)'],
    }),
    item('adult', '成人高等教育', 'Adult higher education'),
    item('self-study', '高等教育自学考试', 'Higher education self-study examination'),
    item('online', '网络教育', 'Online education'),
    item('secondary-vocational', '中等职业教育', 'Secondary vocational education'),
  ],
});
