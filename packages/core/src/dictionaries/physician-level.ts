/**
 * Physician qualification level (医师资格级别): 执业医师, 执业助理医师 and the rural general practice
 * assistant physician (乡村全科执业助理医师), which has its own exam.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The physician qualification level code table. */
export const physicianLevelDictionary: Dictionary = defineDictionary({
  id: 'physician-level',
  label: { 'zh-CN': '资格级别', en: 'Qualification level' },
  items: [
    item('physician', '执业医师', 'Licensed physician'),
    item('assistant', '执业助理医师', 'Licensed assistant physician'),
    item('rural-assistant', '乡村全科执业助理医师', 'Rural general practice assistant physician'),
  ],
});
