/**
 * Level of a professional technical title (专业技术职称 资格级别), as the 000 manual lists them.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The professional title level code table. */
export const titleLevelDictionary: Dictionary = defineDictionary({
  id: 'title-level',
  label: { 'zh-CN': '资格级别', en: 'Title level' },
  items: [
    item('senior', '正高级', 'Senior'),
    item('associate-senior', '副高级', 'Associate senior'),
    item('intermediate', '中级', 'Intermediate'),
    item('junior-practitioner', '初级师', 'Junior (practitioner)'),
    item('junior-technician', '初级士', 'Junior (technician)'),
  ],
});
