import { describe, it, expect } from 'vitest';
import { isPassport, passportFormat } from './passport.js';

describe('passport', () => {
  it('accepts 5 to 17 uppercase letters or digits', () => {
    for (const value of ['E1234567', 'G12345678', '123456789', 'AB1234', '12345', 'A'.repeat(17)]) {
      expect(isPassport(value), value).toBe(true);
    }
  });

  it('refuses fewer than 5 or more than 17 characters', () => {
    expect(isPassport('1234')).toBe(false);
    expect(isPassport('A'.repeat(18))).toBe(false);
    expect(isPassport('')).toBe(false);
  });

  it('refuses lowercase letters', () => {
    expect(isPassport('e12345678')).toBe(false);
    expect(isPassport('E1234567a')).toBe(false);
  });

  it('refuses white space, dashes and non-Latin characters', () => {
    for (const value of [' E12345678', 'E12345678 ', 'E 12345678', 'E-12345678', 'É12345678', '护照12345678']) {
      expect(isPassport(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('is named passport', () => {
    expect(passportFormat.name).toBe('passport');
    expect(passportFormat.validate('E12345678')).toBe(true);
    expect(passportFormat.description['zh-CN']).toContain('大写');
  });
});
