/**
 * Education level (学历层次), after GB/T 4658-2006. Group codes (10, 30, 40) stand for the whole
 * level; the detailed codes carry `parent`. Labels follow the seed manuals where they name one
 * (硕士研究生, 大学专科及专科学校). Every item but 90 carries `rank` (higher = more advanced), so rule packs
 * can write "本科及以上" as `rank >= 5` without listing codes.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The education level code table (GB/T 4658). */
export const educationLevelDictionary: Dictionary = defineDictionary({
  id: 'education-level',
  label: { 'zh-CN': '学历层次', en: 'Education level' },
  items: [
    item('10', '研究生教育', 'Postgraduate education', { rank: 6 }),
    item('11', '博士研究生', 'Doctoral degree', { parent: '10', rank: 7 }),
    item('14', '硕士研究生', "Master's degree", { parent: '10', rank: 6 }),
    item('20', '大学本科', "Bachelor's degree", { rank: 5 }),
    item('30', '专科教育', 'Junior college education', { rank: 4 }),
    item('31', '大学专科及专科学校', 'Junior college', { parent: '30', rank: 4 }),
    item('40', '中等职业教育', 'Secondary vocational education', { rank: 3 }),
    item('41', '中等专科', 'Secondary specialised school', { parent: '40', rank: 3 }),
    item('60', '普通高中', 'Senior high school', { rank: 2 }),
    item('70', '初中', 'Junior high school', { rank: 1 }),
    item('80', '小学', 'Primary school', { rank: 0 }),
    item('90', '其他', 'Other'),
  ],
});
