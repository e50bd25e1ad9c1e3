/**
 * Role of a teacher in the TCM expertise assessment: the guidance teacher (指导老师) of a 师承
 * candidate or a recommending physician (推荐医师). The guidance teacher cannot also recommend.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The teacher role code table. */
export const teacherRoleDictionary: Dictionary = defineDictionary({
  id: 'teacher-role',
  label: { 'zh-CN': '老师类型', en: 'Teacher role' },
  items: [
    item('guidance', '指导老师', 'Guidance teacher'),
    item('recommender', '推荐医师', 'Recommending physician'),
  ],
});
