import { describe, it, expect } from 'vitest';
import { isMilitaryOfficer, militaryOfficerFormat } from './military-officer.js';

describe('military-officer', () => {
  it('accepts 1–2 Chinese characters, 字第 and 6–8 digits', () => {
    for (const value of ['南字第123456', '南字第12345678', '军南字第1234567', '南字第1234567号', '海字第123456号']) {
      expect(isMilitaryOfficer(value), value).toBe(true);
    }
  });

  it('accepts 1–2 uppercase letters before 字第', () => {
    expect(isMilitaryOfficer('A字第123456')).toBe(true);
    expect(isMilitaryOfficer('AB字第12345678号')).toBe(true);
  });

  it('accepts 6–12 uppercase letters or digits', () => {
    for (const value of ['123456', 'AB123456', '123456789012']) {
      expect(isMilitaryOfficer(value), value).toBe(true);
    }
  });

  it('refuses too many or too few digits after 字第', () => {
    expect(isMilitaryOfficer('南字第12345')).toBe(false);
    expect(isMilitaryOfficer('南字第123456789')).toBe(false);
  });

  it('refuses three characters before 字第 or a missing prefix', () => {
    expect(isMilitaryOfficer('南京军字第123456')).toBe(false);
    expect(isMilitaryOfficer('字第123456')).toBe(false);
    expect(isMilitaryOfficer('ABC字第123456')).toBe(false);
  });

  it('refuses short or long plain numbers', () => {
    expect(isMilitaryOfficer('12345')).toBe(false);
    expect(isMilitaryOfficer('1234567890123')).toBe(false);
  });

  it('refuses lowercase letters and white space', () => {
    for (const value of ['ab123456', 'a字第123456', ' 123456', '123456 ', '南字第 123456', '']) {
      expect(isMilitaryOfficer(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('is named military-officer and documents both shapes', () => {
    expect(militaryOfficerFormat.name).toBe('military-officer');
    expect(militaryOfficerFormat.description['zh-CN']).toContain('字第');
    expect(militaryOfficerFormat.description['zh-CN']).toContain('6–12');
  });
});
