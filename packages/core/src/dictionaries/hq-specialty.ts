/**
 * Specialties of the health professional technical qualification exam (申报类别(专业), HQ-1). Each
 * item carries its `category` (pharmacy 药学, technology 技术, nursing 护理, medicine 医学 — HQ-7
 * asks non-staff pharmacy and technology candidates for a social insurance proof) and its `level`
 * (an `hq-level` code). Not the full national list: the specialties the manuals and DOMAIN.md name,
 * with their 师 and 中级 counterparts.
 */
import { defineDictionary, dictionaryItem, type Dictionary, type DictionaryItem } from './dictionary.js';

/** The levels a specialty is examined at, by the suffix of its item codes: 士, 师 and 中级. */
const LEVELS = { t: 'junior-technician', p: 'junior-practitioner', i: 'intermediate' } as const;

/** The items of one specialty, one per level it is examined at (code `<base>-t|p|i`), each with its category and level. */
function specialty(base: string, category: string, labels: Partial<Record<keyof typeof LEVELS, string>>): DictionaryItem[] {
  return (Object.keys(LEVELS) as (keyof typeof LEVELS)[])
    .filter((suffix) => labels[suffix] !== undefined)
    .map((suffix) => dictionaryItem(`${base}-${suffix}`, labels[suffix]!, undefined, { category, level: LEVELS[suffix] }));
}

/** A technology (技术) specialty at all three levels, labelled `<name>（士）`, `（师）` and `（中级）`. */
function technology(base: string, name: string): DictionaryItem[] {
  return specialty(base, 'technology', { t: `${name}（士）`, p: `${name}（师）`, i: `${name}（中级）` });
}

/** The qualification exam specialty code table. */
export const hqSpecialtyDictionary: Dictionary = defineDictionary({
  id: 'hq-specialty',
  label: { 'zh-CN': '申报类别(专业)', en: 'Exam specialty' },
  items: [
    ...specialty('pharmacy', 'pharmacy', { t: '药士', p: '药师', i: '主管药师' }),
    ...specialty('pharmacy-tcm', 'pharmacy', { t: '中药士', p: '中药师', i: '主管中药师' }),
    ...technology('tech-dental', '口腔医学技术'),
    ...technology('tech-records', '病案信息技术'),
    ...technology('tech-radiology', '放射医学技术'),
    ...technology('tech-rehabilitation', '康复医学治疗技术'),
    ...technology('tech-laboratory', '临床医学检验技术'),
    ...specialty('nursing', 'nursing', { t: '护士', p: '护师', i: '主管护师' }),
    ...specialty('medicine-general', 'medicine', { i: '全科医学（中级）' }),
    ...specialty('medicine-internal', 'medicine', { i: '内科学（中级）' }),
  ],
});
