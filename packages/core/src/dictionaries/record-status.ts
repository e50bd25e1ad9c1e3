/**
 * Completion status of a record brought over from the platform (HQ-3): 未完善 until the candidate
 * completes its fields and certificate image, then 已完善; only complete records can be chosen.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The record completion status code table. */
export const recordStatusDictionary: Dictionary = defineDictionary({
  id: 'record-status',
  label: { 'zh-CN': '完善状态', en: 'Completion status' },
  items: [item('incomplete', '未完善', 'Incomplete'), item('complete', '已完善', 'Complete')],
});
