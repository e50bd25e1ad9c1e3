/**
 * Candidate type of the TCM expertise assessment (中医医术确有专长): studied under a teacher (师承) or
 * many years of practice (多年实践). The type decides which teachers and materials are required.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The TCM expertise candidate type code table. */
export const tcmCandidateTypeDictionary: Dictionary = defineDictionary({
  id: 'tcm-candidate-type',
  label: { 'zh-CN': '考生类型', en: 'Candidate type' },
  items: [
    item('shicheng', '以师承方式学习中医', 'Studied TCM under a teacher'),
    item('practice', '经多年中医医术实践', 'Many years of TCM practice'),
  ],
});
