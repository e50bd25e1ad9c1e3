/**
 * Specialties of the health professional technical qualification exam (申报类别(专业), HQ-1). Each
 * item carries its `category` (pharmacy 药学, technology 技术, nursing 护理, medicine 医学 — HQ-7
 * asks non-staff pharmacy and technology candidates for a social insurance proof) and its `level`
 * (an `hq-level` code). Not the full national list: the specialties the manuals and DOMAIN.md name,
 * with their 师 and 中级 counterparts.
 */
import { defineDictionary, dictionaryItem, type Dictionary, type DictionaryItem } from './dictionary.js';

/** A specialty item with its category and level. */
function specialty(code: string, zh: string, category: string, level: string): DictionaryItem {
  return dictionaryItem(code, zh, undefined, { category, level });
}

/** The qualification exam specialty code table. */
export const hqSpecialtyDictionary: Dictionary = defineDictionary({
  id: 'hq-specialty',
  label: { 'zh-CN': '申报类别(专业)', en: 'Exam specialty' },
  items: [
    specialty('pharmacy-t', '药士', 'pharmacy', 'junior-technician'),
    specialty('pharmacy-p', '药师', 'pharmacy', 'junior-practitioner'),
    specialty('pharmacy-i', '主管药师', 'pharmacy', 'intermediate'),
    specialty('pharmacy-tcm-t', '中药士', 'pharmacy', 'junior-technician'),
    specialty('pharmacy-tcm-p', '中药师', 'pharmacy', 'junior-practitioner'),
    specialty('pharmacy-tcm-i', '主管中药师', 'pharmacy', 'intermediate'),
    specialty('tech-dental-t', '口腔医学技术（士）', 'technology', 'junior-technician'),
    specialty('tech-dental-p', '口腔医学技术（师）', 'technology', 'junior-practitioner'),
    specialty('tech-dental-i', '口腔医学技术（中级）', 'technology', 'intermediate'),
    specialty('tech-records-t', '病案信息技术（士）', 'technology', 'junior-technician'),
    specialty('tech-records-p', '病案信息技术（师）', 'technology', 'junior-practitioner'),
    specialty('tech-records-i', '病案信息技术（中级）', 'technology', 'intermediate'),
    specialty('tech-radiology-t', '放射医学技术（士）', 'technology', 'junior-technician'),
    specialty('tech-radiology-p', '放射医学技术（师）', 'technology', 'junior-practitioner'),
    specialty('tech-radiology-i', '放射医学技术（中级）', 'technology', 'intermediate'),
    specialty('tech-rehabilitation-t', '康复医学治疗技术（士）', 'technology', 'junior-technician'),
    specialty('tech-rehabilitation-p', '康复医学治疗技术（师）', 'technology', 'junior-practitioner'),
    specialty('tech-rehabilitation-i', '康复医学治疗技术（中级）', 'technology', 'intermediate'),
    specialty('tech-laboratory-t', '临床医学检验技术（士）', 'technology', 'junior-technician'),
    specialty('tech-laboratory-p', '临床医学检验技术（师）', 'technology', 'junior-practitioner'),
    specialty('tech-laboratory-i', '临床医学检验技术（中级）', 'technology', 'intermediate'),
    specialty('nursing-t', '护士', 'nursing', 'junior-technician'),
    specialty('nursing-p', '护师', 'nursing', 'junior-practitioner'),
    specialty('nursing-i', '主管护师', 'nursing', 'intermediate'),
    specialty('medicine-general-i', '全科医学（中级）', 'medicine', 'intermediate'),
    specialty('medicine-internal-i', '内科学（中级）', 'medicine', 'intermediate'),
  ],
});
