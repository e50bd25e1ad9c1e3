import { describe, it, expect } from 'vitest';
import { genderCode, genderDictionary } from './gender.js';

describe('gender dictionary', () => {
  it('has the GB/T 2261.1 codes', () => {
    expect(genderDictionary.items.map((entry) => [entry.code, entry.label['zh-CN'], entry.label.en])).toEqual([
      ['0', '未知的性别', 'Unknown'],
      ['1', '男', 'Male'],
      ['2', '女', 'Female'],
      ['9', '未说明的性别', 'Not stated'],
    ]);
  });

  it('maps an ID gender to its code', () => {
    expect(genderCode('male')).toBe('1');
    expect(genderCode('female')).toBe('2');
  });
});
