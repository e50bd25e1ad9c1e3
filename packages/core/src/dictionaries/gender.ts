/**
 * Gender (性别), GB/T 2261.1-2003 codes: 0 unknown, 1 male, 2 female, 9 not stated. Forms usually
 * offer only 1 and 2; the other codes keep data imported from other systems valid.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The gender code table (GB/T 2261.1). */
export const genderDictionary: Dictionary = defineDictionary({
  id: 'gender',
  label: { 'zh-CN': '性别', en: 'Gender' },
  items: [
    item('0', '未知的性别', 'Unknown'),
    item('1', '男', 'Male'),
    item('2', '女', 'Female'),
    item('9', '未说明的性别', 'Not stated'),
  ],
});

/**
 * The GB/T 2261.1 gender code for the gender read from an ID number.
 *
 * @example
 * genderCode('female'); // '2'
 */
export function genderCode(gender: 'male' | 'female'): '1' | '2' {
  return gender === 'male' ? '1' : '2';
}
