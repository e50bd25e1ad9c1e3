import { describe, it, expect } from 'vitest';
import { hkMacauPermitFormat, isHkMacauPermit } from './hk-macau-permit.js';

describe('hk-macau-permit', () => {
  it('accepts H or M with 8 digits (card)', () => {
    expect(isHkMacauPermit('H12345678')).toBe(true);
    expect(isHkMacauPermit('M87654321')).toBe(true);
  });

  it('accepts H or M with 10 digits (old booklet)', () => {
    expect(isHkMacauPermit('H1234567890')).toBe(true);
    expect(isHkMacauPermit('M0123456789')).toBe(true);
  });

  it('refuses 9 digits and other lengths', () => {
    for (const value of ['H123456789', 'H1234567', 'M12345678901', 'H']) {
      expect(isHkMacauPermit(value), value).toBe(false);
    }
  });

  it('refuses other letters and a missing letter', () => {
    for (const value of ['C12345678', 'T12345678', '12345678', '812345678', 'HM12345678']) {
      expect(isHkMacauPermit(value), value).toBe(false);
    }
  });

  it('refuses lowercase letters and white space', () => {
    for (const value of ['h12345678', 'm12345678', ' H12345678', 'H12345678 ', 'H 12345678', 'H1234 5678']) {
      expect(isHkMacauPermit(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('is named hk-macau-permit and documents both forms', () => {
    expect(hkMacauPermitFormat.name).toBe('hk-macau-permit');
    expect(hkMacauPermitFormat.validate('H12345678')).toBe(true);
    expect(hkMacauPermitFormat.description['zh-CN']).toContain('10 位');
  });
});
