import { describe, it, expect } from 'vitest';
import { isTwPermit, twPermitFormat } from './tw-permit.js';

describe('tw-permit', () => {
  it('accepts 8 digits (card)', () => {
    expect(isTwPermit('12345678')).toBe(true);
    expect(isTwPermit('00000001')).toBe(true);
  });

  it('accepts 10 digits (old booklet)', () => {
    expect(isTwPermit('1234567890')).toBe(true);
  });

  it('refuses 7, 9 and 11 digits', () => {
    for (const value of ['1234567', '123456789', '12345678901', '']) {
      expect(isTwPermit(value), value).toBe(false);
    }
  });

  it('refuses letters, brackets and white space', () => {
    for (const value of ['T1234567', '1234567A', '12345678(B)', ' 12345678', '12345678 ', '1234 5678', '１２３４５６７８']) {
      expect(isTwPermit(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('is named tw-permit and documents the old form', () => {
    expect(twPermitFormat.name).toBe('tw-permit');
    expect(twPermitFormat.validate('12345678')).toBe(true);
    expect(twPermitFormat.description.en).toContain('10-digit');
  });
});
