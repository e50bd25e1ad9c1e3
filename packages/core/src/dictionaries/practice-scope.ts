/**
 * Scope of practice (执业范围). Each item's `class` is the code of the physician class
 * (`physician-class` dictionary) it belongs to, so a form can offer only the scopes of the chosen class.
 */
import { defineDictionary, dictionaryItem, type Dictionary, type DictionaryItem } from './dictionary.js';

/** A scope item of the given physician class. */
function scope(code: string, zh: string, en: string, physicianClass: string): DictionaryItem {
  return dictionaryItem(code, zh, en, { class: physicianClass });
}

/** The scope-of-practice code table. */
export const practiceScopeDictionary: Dictionary = defineDictionary({
  id: 'practice-scope',
  label: { 'zh-CN': '执业范围', en: 'Scope of practice' },
  items: [
    scope('internal-medicine', '内科专业', 'Internal medicine', 'clinical'),
    scope('surgery', '外科专业', 'Surgery', 'clinical'),
    scope('obstetrics-gynecology', '妇产科专业', 'Obstetrics and gynaecology', 'clinical'),
    scope('pediatrics', '儿科专业', 'Paediatrics', 'clinical'),
    scope('ophthalmology-ent', '眼耳鼻咽喉科专业', 'Ophthalmology and otorhinolaryngology', 'clinical'),
    scope('dermatology-venereology', '皮肤病与性病专业', 'Dermatology and venereology', 'clinical'),
    scope('mental-health', '精神卫生专业', 'Mental health', 'clinical'),
    scope('occupational-disease', '职业病专业', 'Occupational diseases', 'clinical'),
    scope('imaging-radiotherapy', '医学影像和放射治疗专业', 'Medical imaging and radiotherapy', 'clinical'),
    scope('laboratory-pathology', '医学检验、病理专业', 'Laboratory medicine and pathology', 'clinical'),
    scope('general-practice', '全科医学专业', 'General practice', 'clinical'),
    scope('emergency', '急救医学专业', 'Emergency medicine', 'clinical'),
    scope('rehabilitation', '康复医学专业', 'Rehabilitation medicine', 'clinical'),
    scope('preventive-care', '预防保健专业', 'Preventive care', 'clinical'),
    scope('special-military', '特种医学与军事医学专业', 'Special and military medicine', 'clinical'),
    scope('family-planning', '计划生育技术服务专业', 'Family planning services', 'clinical'),
    scope('dental', '口腔科专业', 'Dentistry', 'dental'),
    scope('public-health', '公共卫生类别专业', 'Public health', 'public-health'),
    scope('tcm', '中医专业', 'Traditional Chinese medicine', 'tcm'),
    scope('integrated', '中西医结合专业', 'Integrated Chinese and Western medicine', 'tcm'),
    scope('mongolian', '蒙医专业', 'Mongolian medicine', 'tcm'),
    scope('tibetan', '藏医专业', 'Tibetan medicine', 'tcm'),
    scope('uyghur', '维医专业', 'Uyghur medicine', 'tcm'),
    scope('dai', '傣医专业', 'Dai medicine', 'tcm'),
  ],
});
