import { describe, expect, it } from 'vitest';
import { escapeToken, expandTemplate, formatPointer, getAt, matchesTemplate, parsePointer, setAt, toTemplate } from './json-pointer.js';

describe('json-pointer', () => {
  it('parses and formats with RFC 6901 escapes', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(formatPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(escapeToken('~/')).toBe('~0~1');
    expect(() => parsePointer('a/b')).toThrow(SyntaxError);
  });

  it('reads own properties only', () => {
    const data = JSON.parse('{"a":{"b":[10,{"c":"x"}]}}');
    expect(getAt(data, '/a/b/1/c')).toBe('x');
    expect(getAt(data, '/a/b/0')).toBe(10);
    expect(getAt(data, '/a/missing/c')).toBeUndefined();
    expect(getAt(data, '/a/b/x')).toBeUndefined();
    expect(getAt({}, '/constructor')).toBeUndefined();
    expect(getAt({}, '/__proto__')).toBeUndefined();
  });

  it('writes copies, never the input, and never a prototype', () => {
    const data = { a: { b: [1, 2] } };
    const out = setAt(data, '/a/b/1', 5);
    expect(out).toEqual({ a: { b: [1, 5] } });
    expect(data).toEqual({ a: { b: [1, 2] } });
    const created = setAt({}, '/x/y', 1);
    expect(created).toEqual({ x: { y: 1 } });
    const polluted = setAt({}, '/__proto__/polluted', 1) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
  });

  it('matches, makes and expands templates', () => {
    expect(matchesTemplate('/teachers/2/name', '/teachers/*/name')).toBe(true);
    expect(matchesTemplate('/teachers/x/name', '/teachers/*/name')).toBe(false);
    expect(matchesTemplate('/teachers/2', '/teachers/*/name')).toBe(false);
    expect(toTemplate('/teachers/2/name')).toBe('/teachers/*/name');
    expect(toTemplate('/a/0', { a: { '0': 1 } })).toBe('/a/0');
    const data = { teachers: [{ files: [1, 2] }, { files: [3] }] };
    expect(expandTemplate('/teachers/*/name', data)).toEqual(['/teachers/0/name', '/teachers/1/name']);
    expect(expandTemplate('/teachers/*/files/*', data)).toEqual(['/teachers/0/files/0', '/teachers/0/files/1', '/teachers/1/files/0']);
    expect(expandTemplate('/none/*/x', data)).toEqual([]);
    expect(expandTemplate('/plain', data)).toEqual(['/plain']);
  });
});
