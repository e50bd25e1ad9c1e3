import { describe, it, expect } from 'vitest';
import { cnMobileFormat, isCnMobile } from './cn-mobile.js';

describe('cn-mobile', () => {
  it('accepts 11 digits starting 13–19', () => {
    for (const second of '3456789') {
      expect(isCnMobile(`1${second}812341234`), second).toBe(true);
    }
  });

  it('refuses a second digit of 0, 1 or 2', () => {
    for (const second of '012') expect(isCnMobile(`1${second}812341234`), second).toBe(false);
  });

  it('refuses numbers not starting with 1', () => {
    expect(isCnMobile('23812341234')).toBe(false);
    expect(isCnMobile('02787654321')).toBe(false);
  });

  it('refuses wrong lengths', () => {
    expect(isCnMobile('1381234123')).toBe(false);
    expect(isCnMobile('138123412345')).toBe(false);
    expect(isCnMobile('')).toBe(false);
  });

  it('refuses country codes, separators and white space', () => {
    for (const value of ['+8613812341234', '8613812341234', '138-1234-1234', '138 1234 1234', ' 13812341234', '13812341234 ', '13812341234\n']) {
      expect(isCnMobile(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('refuses letters and full-width digits', () => {
    expect(isCnMobile('1381234123a')).toBe(false);
    expect(isCnMobile('１３８１２３４１２３４')).toBe(false);
  });

  it('never throws on non-string input at run time', () => {
    expect(isCnMobile(13812341234 as unknown as string)).toBe(false);
    expect(isCnMobile(undefined as unknown as string)).toBe(false);
  });

  it('is named cn-mobile', () => {
    expect(cnMobileFormat.name).toBe('cn-mobile');
    expect(cnMobileFormat.validate('19912341234')).toBe(true);
    expect(cnMobileFormat.description.en).toContain('11-digit');
  });
});
