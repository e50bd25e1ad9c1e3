import { describe, it, expect } from 'vitest';
import { physicianClassDictionary } from './physician-class.js';
import { practiceScopeDictionary } from './practice-scope.js';

describe('practice-scope dictionary', () => {
  const items = practiceScopeDictionary.items;
  const inClass = (physicianClass: string): string[] =>
    items.filter((entry) => entry['class'] === physicianClass).map((entry) => entry.label['zh-CN']);

  it('belongs every scope to a known physician class', () => {
    const classes = new Set(physicianClassDictionary.items.map((entry) => entry.code));
    for (const entry of items) expect(classes.has(String(entry['class'])), entry.code).toBe(true);
  });

  it('lists the 16 clinical scopes', () => {
    const clinical = inClass('clinical');
    expect(clinical).toHaveLength(16);
    expect(clinical).toContain('内科专业');
    expect(clinical).toContain('医学检验、病理专业');
    expect(clinical).toContain('计划生育技术服务专业');
  });

  it('lists the dental, public health and TCM scopes', () => {
    expect(inClass('dental')).toEqual(['口腔科专业']);
    expect(inClass('public-health')).toEqual(['公共卫生类别专业']);
    expect(inClass('tcm')).toEqual(['中医专业', '中西医结合专业', '蒙医专业', '藏医专业', '维医专业', '傣医专业']);
  });

  it('gives every class at least one scope', () => {
    for (const entry of physicianClassDictionary.items) expect(inClass(entry.code).length, entry.code).toBeGreaterThan(0);
  });
});
