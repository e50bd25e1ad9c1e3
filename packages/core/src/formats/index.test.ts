import { describe, it, expect } from 'vitest';
import { findFormat, formats } from './index.js';

describe('formats', () => {
  it('lists every built-in format once', () => {
    const names = formats.map((format) => format.name);
    expect(names).toEqual([
      'cn-id',
      'cn-residence-permit',
      'cn-mobile',
      'hk-macau-permit',
      'tw-permit',
      'passport',
      'military-officer',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('describes every format in both locales', () => {
    for (const format of formats) {
      expect(format.description['zh-CN'].length, format.name).toBeGreaterThan(10);
      expect(format.description.en?.length ?? 0, format.name).toBeGreaterThan(10);
    }
  });

  it('never throws and refuses the empty string and white space everywhere', () => {
    for (const format of formats) {
      for (const value of ['', ' ', '\u3000', '😀', 'x'.repeat(10_000)]) {
        expect(format.validate(value), `${format.name} ${JSON.stringify(value.slice(0, 5))}`).toBe(false);
      }
    }
  });

  it('accepts one sample per format', () => {
    const samples: Record<string, string> = {
      'cn-id': '11010519491231002X',
      'cn-residence-permit': '830000199201300022',
      'cn-mobile': '13812341234',
      'hk-macau-permit': 'H12345678',
      'tw-permit': '12345678',
      passport: 'E12345678',
      'military-officer': '南字第123456号',
    };
    for (const format of formats) {
      const sample = samples[format.name];
      expect(sample, format.name).toBeDefined();
      expect(format.validate(sample ?? ''), format.name).toBe(true);
    }
  });

  it('finds formats by name', () => {
    expect(findFormat('cn-id')?.name).toBe('cn-id');
    expect(findFormat('nope')).toBeUndefined();
  });
});
