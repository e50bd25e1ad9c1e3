import { describe, expect, it } from 'vitest';
import { isBlankText, isEmptyValue } from './blank-text.js';

describe('isBlankText (COMMON-8)', () => {
  it.each(['', ' ', '\u3000', '\u3000 \t\n', '\u0000', '\u0001\u001f', '\u200b', '\u200c\u200d', '\ufeff', '\u2060', '\u200e\u200f', '\u00ad', '\ufffd', ' \u0000\u200b\u3000\ufffd', '\u00a0', '\u2028'])('%j is blank', (text) => {
    expect(isBlankText(text)).toBe(true);
    expect(isEmptyValue(text)).toBe(true);
  });
  it.each(['张', ' 张 ', '\u3000张三', 'a\u0000', '0', '.', '\u200b1', '·'])('%j is filled', (text) => {
    expect(isBlankText(text)).toBe(false);
    expect(isEmptyValue(text)).toBe(false);
  });
  it('empty values beyond text', () => {
    for (const v of [undefined, null, [], {}]) expect(isEmptyValue(v)).toBe(true);
    for (const v of [0, false, [null], { a: undefined }]) expect(isEmptyValue(v)).toBe(false);
  });
});
