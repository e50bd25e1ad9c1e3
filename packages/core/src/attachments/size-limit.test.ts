import { describe, expect, it } from 'vitest';
import { exceedsSizeLimit, sizeLimitText } from './size-limit.js';

describe('size limits in the manual\'s words', () => {
  it('小于: the limit itself is too large', () => {
    const under = { maxBytes: 30 * 1024, maxBytesExclusive: true };
    expect(exceedsSizeLimit(30 * 1024 - 1, under)).toBe(false);
    expect(exceedsSizeLimit(30 * 1024, under)).toBe(true);
    expect(sizeLimitText(under)).toBe('小于 30 KB');
    expect(sizeLimitText(under, 'en')).toBe('under 30 KB');
  });

  it('不超过: the limit itself is allowed', () => {
    const atMost = { maxBytes: 500 * 1024 };
    expect(exceedsSizeLimit(500 * 1024, atMost)).toBe(false);
    expect(exceedsSizeLimit(500 * 1024 + 1, atMost)).toBe(true);
    expect(sizeLimitText(atMost)).toBe('不超过 500 KB');
    expect(sizeLimitText({ ...atMost, maxBytesExclusive: false }, 'en')).toBe('at most 500 KB');
  });
});
