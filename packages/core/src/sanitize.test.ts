import { describe, expect, it } from 'vitest';
import { defaultLimits, sanitizeInput } from './sanitize.js';

describe('sanitizeInput', () => {
  it('passes clean JSON through without copying', () => {
    const data = { a: [1, 'x', null, true, { b: 2 }] };
    const result = sanitizeInput(data);
    expect(result).toEqual({ value: data, issues: [], refused: false });
    expect(result.value).toBe(data);
  });

  it('copies anything that is not plain JSON into plain objects', () => {
    const data = { a: new Date(0), b: [1, , 3], c: Object.create({ inherited: 1 }) };
    const result = sanitizeInput(data);
    expect(result.value).not.toBe(data);
    expect(result.value).toEqual({ a: {}, b: [1, null, 3], c: {} });
  });

  it('drops and reports unsafe keys at their pointer', () => {
    const data = JSON.parse('{"a": {"__proto__": {"x": 1}, "ok": 1}, "constructor": {"prototype": {}}}');
    const result = sanitizeInput(data);
    expect(result.value).toEqual({ a: { ok: 1 } });
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/a/__proto__', 'unsafe-key'],
      ['/constructor', 'unsafe-key'],
    ]);
    expect(result.issues[0]!.message).toContain('__proto__');
    expect(result.refused).toBe(false);
  });

  it('refuses an oversized string, array or object with its pointer', () => {
    const big = sanitizeInput({ a: { b: 'x'.repeat(10 * 1024 * 1024) } });
    expect(big.refused).toBe(true);
    expect(big.value).toBeUndefined();
    expect(big.issues[0]).toMatchObject({ path: '/a/b', code: 'too-large', params: { what: 'string', limit: defaultLimits.maxStringLength } });
    expect(big.issues[0]!.message).toContain('超过上限');
    const many = sanitizeInput({ list: new Array(100_000).fill(1) });
    expect(many.issues[0]).toMatchObject({ path: '/list', code: 'too-large', params: { what: 'array', length: 100_000 } });
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(sanitizeInput(keys).issues[0]).toMatchObject({ path: '', code: 'too-large', params: { what: 'object' } });
  });

  it('refuses deep nesting and cycles without recursion errors', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(sanitizeInput(deep).issues[0]).toMatchObject({ code: 'too-deep' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(sanitizeInput(cyclic).issues[0]).toMatchObject({ code: 'too-deep', path: '/self' });
  });

  it('turns non-JSON values into JSON and survives throwing getters', () => {
    const odd = { f: () => 1, u: undefined, n: Number.NaN, i: Infinity, s: Symbol('x'), list: [undefined, () => 1] };
    Object.defineProperty(odd, 'boom', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(sanitizeInput(odd).value).toEqual({ n: null, i: null, list: [null, null] });
  });

  it('speaks English on request', () => {
    expect(sanitizeInput(JSON.parse('{"__proto__": 1}'), 'en').issues[0]!.message).toContain('not allowed');
  });
});
