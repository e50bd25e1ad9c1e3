/**
 * Scope of practice (执业范围). Each item's `class` is the code of the physician class
 * (`physician-class` dictionary) it belongs to, so a form can offer only the scopes of the chosen class.
 */
import { defineDictionary, dictionaryItem, type Dictionary } from './dictionary.js';

/** The scopes: code, Chinese and English name, and the physician class. */
const SCOPES: ReadonlyArray<readonly [code: string, zh: string, en: string, physicianClass: string]> = [
  ['internal-medicine', '内科专业', 'Internal medicine', 'clinical'],
  ['surgery', '外科专业', 'Surgery', 'clinical'],
  ['obstetrics-gynecology', '妇产科专业', 'Obstetrics and gynaecology', 'clinical'],
  ['pediatrics', '儿科专业', 'Paediatrics', 'clinical'],
  ['ophthalmology-ent', '眼耳鼻咽喉科专业', 'Ophthalmology and otorhinolaryngology', 'clinical'],
  ['dermatology-venereology', '皮肤病与性病专业', 'Dermatology and venereology', 'clinical'],
  ['mental-health', '精神卫生专业', 'Mental health', 'clinical'],
  ['occupational-disease', '职业病专业', 'Occupational diseases', 'clinical'],
  ['imaging-radiotherapy', '医学影像和放射治疗专业', 'Medical imaging and radiotherapy', 'clinical'],
  ['laboratory-pathology', '医学检验、病理专业', 'Laboratory medicine and pathology', 'clinical'],
  ['general-practice', '全科医学专业', 'General practice', 'clinical'],
  ['emergency', '急救医学专业', 'Emergency medicine', 'clinical'],
  ['rehabilitation', '康复医学专业', 'Rehabilitation medicine', 'clinical'],
  ['preventive-care', '预防保健专业', 'Preventive care', 'clinical'],
  ['special-military', '特种医学与军事医学专业', 'Special and military medicine', 'clinical'],
  ['family-planning', '计划生育技术服务专业', 'Family planning services', 'clinical'],
  ['dental', '口腔科专业', 'Dentistry', 'dental'],
  ['public-health', '公共卫生类别专业', 'Public health', 'public-health'],
  ['tcm', '中医专业', 'Traditional Chinese medicine', 'tcm'],
  ['integrated', '中西医结合专业', 'Integrated Chinese and Western medicine', 'tcm'],
  ['mongolian', '蒙医专业', 'Mongolian medicine', 'tcm'],
  ['tibetan', '藏医专业', 'Tibetan medicine', 'tcm'],
  ['uyghur', '维医专业', 'Uyghur medicine', 'tcm'],
  ['dai', '傣医专业', 'Dai medicine', 'tcm'],
];

/** The scope-of-practice code table. */
export const practiceScopeDictionary: Dictionary = defineDictionary({
  id: 'practice-scope',
  label: { 'zh-CN': '执业范围', en: 'Scope of practice' },
  items: SCOPES.map(([code, zh, en, physicianClass]) => dictionaryItem(code, zh, en, { class: physicianClass })),
});
