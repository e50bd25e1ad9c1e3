import { describe, it, expect } from 'vitest';
import type { Dictionary } from './dictionary.js';
import { builtinDictionaries, createDictionaryRegistry } from './registry.js';

describe('builtinDictionaries', () => {
  it('hq-specialty items carry the category HQ-7 needs and an hq-level code', () => {
    const registry = createDictionaryRegistry();
    const levels = new Set(registry.codes('hq-level'));
    for (const item of registry.get('hq-specialty')!.items) {
      expect(['pharmacy', 'technology', 'nursing', 'medicine']).toContain(item.category);
      expect(levels.has(String(item.level))).toBe(true);
    }
    expect(registry.label('hq-specialty', 'tech-dental-t', 'zh-CN')).toBe('口腔医学技术（士）');
  });

  it('has the expected ids, each once', () => {
    const ids = builtinDictionaries.map((dictionary) => dictionary.id);
    expect(ids).toEqual([
      'gender',
      'ethnicity',
      'education-level',
      'study-form',
      'document-type',
      'physician-level',
      'physician-class',
      'practice-scope',
      'hq-level',
      'subject',
      'hubei-county',
      'tcm-candidate-type',
      'teacher-role',
      'record-status',
      'major-type',
      'title-level',
      'hq-specialty',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique, non-empty codes and Chinese labels in every dictionary', () => {
    for (const dictionary of builtinDictionaries) {
      const codes = dictionary.items.map((entry) => entry.code);
      expect(codes.length, dictionary.id).toBeGreaterThan(0);
      expect(new Set(codes).size, dictionary.id).toBe(codes.length);
      for (const entry of dictionary.items) {
        expect(entry.code.trim(), dictionary.id).toBe(entry.code);
        expect(entry.code.length, dictionary.id).toBeGreaterThan(0);
        expect(entry.label['zh-CN'].length, `${dictionary.id} ${entry.code}`).toBeGreaterThan(0);
      }
      expect(dictionary.label.en, dictionary.id).toBeTruthy();
    }
  });

  it('has the expected codes in the small tables', () => {
    const registry = createDictionaryRegistry();
    expect(registry.codes('study-form')).toEqual(['full-time', 'adult', 'self-study', 'online', 'secondary-vocational']);
    expect(registry.codes('physician-level')).toEqual(['physician', 'assistant', 'rural-assistant']);
    expect(registry.codes('physician-class')).toEqual(['clinical', 'dental', 'public-health', 'tcm']);
    expect(registry.codes('hq-level')).toEqual(['junior-technician', 'junior-practitioner', 'intermediate']);
    expect(registry.codes('subject')).toEqual(['basic', 'related', 'professional', 'practice']);
    expect(registry.codes('tcm-candidate-type')).toEqual(['shicheng', 'practice']);
    expect(registry.codes('teacher-role')).toEqual(['guidance', 'recommender']);
  });

  it('labels the small tables as the manuals do', () => {
    const registry = createDictionaryRegistry();
    expect(registry.label('study-form', 'full-time')).toBe('全日制普通高等教育（大学、高职高专）');
    expect(registry.label('hq-level', 'junior-technician')).toBe('初级士');
    expect(registry.label('hq-level', 'junior-practitioner')).toBe('初级师');
    expect(registry.label('physician-level', 'rural-assistant')).toBe('乡村全科执业助理医师');
    expect(registry.label('subject', 'practice')).toBe('专业实践能力');
    expect(registry.label('tcm-candidate-type', 'shicheng')).toBe('以师承方式学习中医');
    expect(registry.label('tcm-candidate-type', 'practice')).toBe('经多年中医医术实践');
    expect(registry.label('teacher-role', 'guidance', 'en')).toBe('Guidance teacher');
    expect(registry.label('teacher-role', 'recommender')).toBe('推荐医师');
  });

  it('freezes the built-in tables', () => {
    for (const dictionary of builtinDictionaries) {
      expect(Object.isFrozen(dictionary), dictionary.id).toBe(true);
      expect(Object.isFrozen(dictionary.items), dictionary.id).toBe(true);
    }
  });
});

describe('COMMON-7 createDictionaryRegistry (hosts replace code tables)', () => {
  const customStudyForm: Dictionary = {
    id: 'study-form',
    label: { 'zh-CN': '学习形式' },
    items: [{ code: 'ft', label: { 'zh-CN': '全日制', en: 'Full-time' } }],
  };

  it('serves the built-ins', () => {
    const registry = createDictionaryRegistry();
    expect(registry.has('ethnicity')).toBe(true);
    expect(registry.get('ethnicity')?.items).toHaveLength(58);
    expect(registry.codes('gender')).toEqual(['0', '1', '2', '9']);
    expect(registry.list().map((dictionary) => dictionary.id)).toEqual(builtinDictionaries.map((d) => d.id));
  });

  it('looks labels up in both locales', () => {
    const registry = createDictionaryRegistry();
    expect(registry.label('ethnicity', '01', 'zh-CN')).toBe('汉族');
    expect(registry.label('ethnicity', '01', 'en')).toBe('Han');
    expect(registry.label('ethnicity', '02')).toBe('蒙古族');
    expect(registry.label('gender', '2', 'en')).toBe('Female');
    expect(registry.label('document-type', 'tw-permit', 'en')).toBe('Mainland travel permit for Taiwan residents');
  });

  it('falls back to Chinese when an English label is missing', () => {
    const registry = createDictionaryRegistry();
    expect(registry.label('hubei-county', '420106', 'en')).toBe('武昌区');
  });

  it('returns undefined or empty for unknown ids and codes', () => {
    const registry = createDictionaryRegistry();
    expect(registry.get('nope')).toBeUndefined();
    expect(registry.has('nope')).toBe(false);
    expect(registry.label('nope', '01', 'zh-CN')).toBeUndefined();
    expect(registry.label('ethnicity', '99', 'zh-CN')).toBeUndefined();
    expect(registry.codes('nope')).toEqual([]);
    expect(registry.item('ethnicity', '01')?.label['zh-CN']).toBe('汉族');
    expect(registry.item('ethnicity', '00')).toBeUndefined();
  });

  it('replaces a built-in with an override', () => {
    const registry = createDictionaryRegistry([customStudyForm]);
    expect(registry.get('study-form')).toBe(customStudyForm);
    expect(registry.codes('study-form')).toEqual(['ft']);
    expect(registry.label('study-form', 'full-time')).toBeUndefined();
    expect(registry.label('study-form', 'ft', 'en')).toBe('Full-time');
    expect(registry.list()).toHaveLength(builtinDictionaries.length);
  });

  it('replaces with register, also after a lookup was made', () => {
    const registry = createDictionaryRegistry();
    expect(registry.label('study-form', 'full-time')).toBe('全日制普通高等教育（大学、高职高专）');
    registry.register(customStudyForm);
    expect(registry.label('study-form', 'full-time')).toBeUndefined();
    expect(registry.label('study-form', 'ft')).toBe('全日制');
  });

  it('adds a new dictionary after the built-ins', () => {
    const registry = createDictionaryRegistry();
    registry.register({ id: 'school', label: { 'zh-CN': '学校' }, items: [{ code: '10486', label: { 'zh-CN': '武汉大学' } }] });
    expect(registry.has('school')).toBe(true);
    expect(registry.label('school', '10486', 'en')).toBe('武汉大学');
    expect(registry.list().at(-1)?.id).toBe('school');
  });

  it('keeps registries and built-ins apart', () => {
    const first = createDictionaryRegistry();
    const second = createDictionaryRegistry();
    first.register(customStudyForm);
    expect(second.codes('study-form')).toHaveLength(5);
    expect(builtinDictionaries.find((d) => d.id === 'study-form')?.items).toHaveLength(5);
  });

  it('uses the first item when a host table repeats a code', () => {
    const registry = createDictionaryRegistry([
      { id: 'dup', label: { 'zh-CN': '重复' }, items: [{ code: 'a', label: { 'zh-CN': '一' } }, { code: 'a', label: { 'zh-CN': '二' } }] },
    ]);
    expect(registry.label('dup', 'a')).toBe('一');
  });
});
