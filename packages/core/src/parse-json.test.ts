import { describe, expect, it } from 'vitest';
import { locatePointer, offsetToLocation, parseJson, maxJsonNesting } from './parse-json.js';

describe('parseJson', () => {
  it('parses valid JSON, BOM included', () => {
    expect(parseJson('\ufeff{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('reports line and column of a syntax error with the file name', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": }\n', 'decl.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'decl.json', line: 3, column: 8 });
    expect(result.error.message).toContain('decl.json:3:8');
    expect(result.error.message).toContain('缺少值');
  });

  it('refuses comments, trailing commas and empty text', () => {
    for (const text of ['{"a": 1 // x\n}', '{"a": 1,}', '', '   ']) {
      const result = parseJson(text);
      expect(result.ok, text).toBe(false);
    }
  });

  it('reads binary garbage as a located error, not an exception', () => {
    const bytes = String.fromCharCode(0x4d, 0x5a, 0x90, 0x00, 0x03);
    const result = parseJson(bytes, 'photo.jpg');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(1);
  });

  it('keeps __proto__ as an own key without touching prototypes', () => {
    const result = parseJson('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.prototype.hasOwnProperty.call(result.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locatePointer', () => {
  const text = '{\n  "rules": [\n    { "id": "A-1" },\n    { "id": "A-2", "event": {} }\n  ]\n}';
  it('finds the line of a pointer', () => {
    expect(locatePointer(text, '/rules/1/id')).toEqual({ line: 4, column: 7 });
    expect(locatePointer(text, '')).toEqual({ line: 1, column: 1 });
  });
  it('falls back to the nearest existing parent', () => {
    expect(locatePointer(text, '/rules/1/event/params/fields')).toEqual(locatePointer(text, '/rules/1/event'));
  });
  it('converts offsets', () => {
    expect(offsetToLocation('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJson on deep text', () => {
  it('answers a located error for 5,000 and 100,000 unclosed [ (no stack overflow)', () => {
    for (const n of [5_000, 100_000]) {
      const result = parseJson('\n  ' + '['.repeat(n), 'deep.json');
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ file: 'deep.json', line: 2, column: 3 + maxJsonNesting });
      expect(result.error.message).toContain('deep.json:2:');
      expect(result.error.message).toContain('嵌套超过');
    }
  });

  it('still locates an ordinary error inside moderately nested text', () => {
    const result = parseJson('['.repeat(100) + '1,,' + ']'.repeat(100));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 1, column: 103 });
    expect(locatePointer('['.repeat(100_000), '/0')).toBeUndefined();
  });
});
