/**
 * Physician qualification class (医师资格类别): 临床, 口腔, 公共卫生, 中医. 中医 covers 中医, 中西医结合
 * and the ethnic medicines (蒙医, 藏医, 维医, 傣医); the practice scope tells them apart.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The physician qualification class code table. */
export const physicianClassDictionary: Dictionary = defineDictionary({
  id: 'physician-class',
  label: { 'zh-CN': '资格类别', en: 'Qualification class' },
  items: [
    item('clinical', '临床', 'Clinical medicine'),
    item('dental', '口腔', 'Dentistry'),
    item('public-health', '公共卫生', 'Public health'),
    item('tcm', '中医', 'Traditional Chinese medicine'),
  ],
});
