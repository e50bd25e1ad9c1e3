import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate, type Evaluation } from './evaluate.js';
import type { RulePack } from './pack-types.js';
import { resolveStandalone } from './resolve-pack.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const definitionText = readFileSync(join(formDir, 'definition.json'), 'utf8');
const tcm = JSON.parse(definitionText) as FormDefinition;
const pack = resolveStandalone(JSON.parse(readFileSync(join(formDir, 'rules/2024.json'), 'utf8')) as RulePack);
const pass = JSON.parse(readFileSync(join(formDir, 'scenarios/shicheng-pass.json'), 'utf8')) as { data: Record<string, unknown>; context: Record<string, unknown> };
const passText = JSON.stringify(pass.data);

const keys = (e: Evaluation) => e.issues.map((i) => `${i.path} ${i.code}`).sort();
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

function expectEvaluation(e: Evaluation) {
  expect(typeof e.complete).toBe('boolean');
  expect(Array.isArray(e.issues)).toBe(true);
  for (const i of e.issues) {
    expect(typeof i.path).toBe('string');
    expect(typeof i.code).toBe('string');
    expect(typeof i.message).toBe('string');
  }
  expect(e.complete).toBe(e.issues.length === 0);
}

describe('unsafe keys', () => {
  it('reports __proto__, constructor and prototype keys as unsafe-key at their pointers and pollutes nothing', async () => {
    const before = prototypeNames();
    const text = passText
      .replace(/^\{/, '{"__proto__":{"polluted":"yes"},')
      .replace('"applicant":{', '"applicant":{"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"experience":{', '"experience":{"prototype":{"polluted":"yes"},');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);

    const e = await evaluate(tcm, pack, data, pass.context);
    expect(keys(e)).toEqual(['/__proto__ unsafe-key', '/applicant/constructor unsafe-key', '/experience/prototype unsafe-key']);
    expect(e.issues.find((i) => i.path === '/__proto__')!.message).toBe('不允许的键名“__proto__”，已忽略');
    expect(e.complete).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeNames()).toEqual(before);
  });

  it('reports unsafe keys inside group items and in the context', async () => {
    const data = JSON.parse(passText.replace('"teachers":[{', '"teachers":[{"__proto__":{"isAdmin":true},')) as unknown;
    const context = JSON.parse('{"today":"2024-05-01","__proto__":{"polluted":1}}') as unknown;
    const e = await evaluate(tcm, pack, data, context);
    expect(keys(e)).toEqual(['#context/__proto__ unsafe-key', '/teachers/0/__proto__ unsafe-key']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('without unsafe keys the same declaration passes', async () => {
    expect((await evaluate(tcm, pack, JSON.parse(passText), pass.context)).issues).toEqual([]);
  });
});

describe('oversized and deep input', () => {
  it('refuses a 10 MB string with too-large at its pointer', async () => {
    const data = structuredClone(pass.data) as { applicant: Record<string, unknown> };
    data.applicant.address = 'x'.repeat(10 * 1024 * 1024);
    const e = await evaluate(tcm, pack, data, pass.context);
    expect(e.issues).toEqual([expect.objectContaining({ path: '/applicant/address', code: 'too-large', source: 'input' })]);
    expect(e.issues[0]!.params).toMatchObject({ what: 'string', length: 10 * 1024 * 1024 });
    expect(e.complete).toBe(false);
  });

  it('refuses an array of 100,000 items with too-large', async () => {
    const data = { ...structuredClone(pass.data), teachers: Array.from({ length: 100_000 }, () => ({ role: 'recommender' })) };
    const e = await evaluate(tcm, pack, data, pass.context);
    expect(e.issues).toEqual([expect.objectContaining({ path: '/teachers', code: 'too-large' })]);
    expect(e.issues[0]!.params).toMatchObject({ what: 'array', length: 100_000 });
  });

  it('refuses 10,000 levels of nesting with too-deep', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const e = await evaluate(tcm, pack, { ...structuredClone(pass.data), experience: deep }, pass.context);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.code).toBe('too-deep');
    expect(e.issues[0]!.path.startsWith('/experience/a/a/a')).toBe(true);

    const viaJson = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000)) as unknown;
    const e2 = await evaluate(tcm, pack, viaJson, {});
    expect(e2.issues.map((i) => i.code)).toEqual(['too-deep']);
    expect(e2.issues[0]!.path.startsWith('/0/0/0')).toBe(true);
  });

  it('refuses deep context the same way, marking the path as context', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    const e = await evaluate(tcm, pack, pass.data, { today: '2024-05-01', deep });
    expect(e.issues.map((i) => i.code)).toEqual(['too-deep']);
    expect(e.issues[0]!.path.startsWith('#context/deep/d/d')).toBe(true);
  });
});

describe('values that are not JSON', () => {
  const cyclic: Record<string, unknown> = { applicant: { name: '张三' } };
  (cyclic.applicant as Record<string, unknown>).self = cyclic;
  const getter = Object.defineProperty({ region: '420106' }, 'candidateType', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const hostile = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('no keys');
      },
    },
  );

  it.each<[string, unknown]>([
    ['a function', () => 1],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['a cyclic object', cyclic],
    ['nested functions, undefined and NaN', { applicant: { name: () => 'x', idNumber: undefined, mobile: Number.NaN }, region: Symbol('r') }],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['a class instance', new (class Declaration { region = '420106'; })()],
    ['a throwing getter', getter],
    ['a revoked proxy', revoked.proxy],
    ['a proxy whose keys throw', hostile],
    ['an array with holes', [1, , 3]],
    ['a string', '{"region":"420106"}'],
    ['null', null],
  ])('%s as data or context never throws', async (_name, value) => {
    const asData = await evaluate(tcm, pack, value, pass.context);
    expectEvaluation(asData);
    expect(asData.complete).toBe(false);
    expectEvaluation(await evaluate(tcm, pack, pass.data, value));
    expectEvaluation(await evaluate(tcm, pack, value, value, { locale: 'en' }));
  });

  it('reports a cycle as too-deep', async () => {
    const e = await evaluate(tcm, pack, cyclic, {});
    expect(e.issues).toEqual([expect.objectContaining({ path: '/applicant/self', code: 'too-deep' })]);
  });
});
