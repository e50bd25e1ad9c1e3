/**
 * Exam subjects (考试科目) of the health professional technical qualification exam. Every level has
 * the same four subjects; the fee is per subject and lives in the rule pack, not here.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The exam subject code table, in the order the exam lists them. */
export const subjectDictionary: Dictionary = defineDictionary({
  id: 'subject',
  label: { 'zh-CN': '考试科目', en: 'Exam subject' },
  items: [
    item('basic', '基础知识', 'Basic knowledge'),
    item('related', '相关专业知识', 'Related professional knowledge'),
    item('professional', '专业知识', 'Professional knowledge'),
    item('practice', '专业实践能力', 'Professional practice'),
  ],
});
