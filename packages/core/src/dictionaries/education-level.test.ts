import { describe, it, expect } from 'vitest';
import { educationLevelDictionary } from './education-level.js';

describe('education-level dictionary', () => {
  const items = educationLevelDictionary.items;
  const byCode = new Map(items.map((entry) => [entry.code, entry]));

  it('uses the GB/T 4658 codes', () => {
    expect(items.map((entry) => entry.code)).toEqual(['10', '11', '14', '20', '30', '31', '40', '41', '60', '70', '80', '90']);
  });

  it('uses the labels of the seed manuals', () => {
    expect(byCode.get('14')?.label['zh-CN']).toBe('硕士研究生');
    expect(byCode.get('31')?.label['zh-CN']).toBe('大学专科及专科学校');
    expect(byCode.get('11')?.label['zh-CN']).toBe('博士研究生');
    expect(byCode.get('20')?.label['zh-CN']).toBe('大学本科');
    expect(byCode.get('41')?.label['zh-CN']).toBe('中等专科');
  });

  it('points every parent at a group item', () => {
    const children = items.filter((entry) => entry['parent'] !== undefined);
    expect(children.map((entry) => entry.code)).toEqual(['11', '14', '31', '41']);
    for (const child of children) {
      expect(byCode.has(String(child['parent'])), child.code).toBe(true);
      expect(child.code.charAt(0)).toBe(String(child['parent']).charAt(0));
    }
  });

  it('ranks levels from primary school to doctorate', () => {
    const rank = (code: string): unknown => byCode.get(code)?.['rank'];
    expect(rank('11')).toBe(7);
    expect(rank('14')).toBe(6);
    expect(rank('20')).toBe(5);
    expect(rank('31')).toBe(4);
    expect(rank('41')).toBe(3);
    expect(rank('80')).toBe(0);
    expect(rank('90')).toBeUndefined();
  });
});
