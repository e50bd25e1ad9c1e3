import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate, type Evaluation } from './evaluate.js';
import { loadForm } from './node/load-forms.js';
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

describe('malformed files loaded with loadForm', () => {
  const root = mkdtempSync(join(tmpdir(), 'shenbao-bad-input-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes a form folder and returns its path. */
  function formFolder(name: string, files: Record<string, string | Buffer>): string {
    const dir = join(root, name);
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    return dir;
  }

  const lineOf = (text: string, line: number | undefined) => text.split('\n')[(line ?? 0) - 1] ?? '';

  it('a layout field that names no field, and a slot with min above max: file + pointer + line', async () => {
    const def = JSON.parse(definitionText) as Record<string, any>;
    def.layout.steps[1].sections[0].items[0].field = '/applicant/fullName';
    def.attachments[0].min = 3;
    const text = JSON.stringify(def, null, 2);
    const bundle = await loadForm(formFolder('layout', { 'definition.json': text }));
    expect(bundle.definition).toBeUndefined();
    const byPointer = Object.fromEntries(bundle.problems.map((p) => [p.pointer, p]));
    expect(Object.keys(byPointer).sort()).toEqual(['/attachments/0/min', '/layout/steps/1/sections/0/items/0/field']);
    for (const p of bundle.problems) {
      expect(p.file.endsWith(join('layout', 'definition.json'))).toBe(true);
      expect(p.line).toBeTypeOf('number');
    }
    expect(lineOf(text, byPointer['/layout/steps/1/sections/0/items/0/field']!.line)).toContain('"/applicant/fullName"');
    expect(byPointer['/layout/steps/1/sections/0/items/0/field']!.message).toContain('/applicant/fullName');
    expect(lineOf(text, byPointer['/attachments/0/min']!.line)).toContain('"min": 3');
  });

  it('a definition that breaks the meta-schema: file + pointer + line', async () => {
    const def = JSON.parse(definitionText) as Record<string, any>;
    def.attachments = 'none';
    def.version = 'one';
    const text = JSON.stringify(def, null, 2);
    const bundle = await loadForm(formFolder('meta', { 'definition.json': text }));
    expect(bundle.definition).toBeUndefined();
    const pointers = bundle.problems.map((p) => p.pointer).sort();
    expect(pointers).toEqual(['/attachments', '/version']);
    for (const p of bundle.problems) {
      expect(p.file.endsWith(join('meta', 'definition.json'))).toBe(true);
      expect(p.line).toBeTypeOf('number');
    }
    expect(lineOf(text, bundle.problems.find((p) => p.pointer === '/attachments')!.line)).toContain('"attachments": "none"');
  });

  it('truncated JSON: a problem with line and column, no exception', async () => {
    const text = definitionText.slice(0, 500);
    const bundle = await loadForm(formFolder('truncated', { 'definition.json': text }));
    expect(bundle.definition).toBeUndefined();
    expect(bundle.problems).toHaveLength(1);
    const p = bundle.problems[0]!;
    expect(p.pointer).toBe('');
    expect(p.line).toBeGreaterThan(1);
    expect(p.column).toBeGreaterThan(0);
    expect(p.message).toContain(`:${p.line}:${p.column}`);
    expect(p.message).toContain('JSON 格式错误');
  });

  it('a file that is not JSON at all (binary bytes): a problem with line and column', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01]);
    const bundle = await loadForm(formFolder('binary', { 'definition.json': bytes, 'rules/2024.json': bytes, 'scenarios/a.json': bytes }));
    expect(bundle.definition).toBeUndefined();
    expect(bundle.packs).toEqual([]);
    expect(bundle.scenarios).toEqual([]);
    expect(bundle.problems).toHaveLength(3);
    for (const p of bundle.problems) {
      expect(p.pointer).toBe('');
      expect(p.line).toBe(1);
      expect(p.column).toBe(1);
      expect(p.message).toMatch(/:1:1 JSON 格式错误/);
    }
    expect(bundle.problems.map((p) => p.file.split(/[\\/]/).slice(-2).join('/')).sort()).toEqual(['binary/definition.json', 'rules/2024.json', 'scenarios/a.json']);
  });

  it('a malformed pack and scenario beside a good definition: problems, and the good files still load', async () => {
    const shapeText = JSON.stringify(
      {
        form: 'tcm-expertise',
        year: 2026,
        rules: [{ id: 'TCM-1', description: 'x', conditions: { all: [{ fact: 'data', path: '/region', operator: 'sameAs', value: '420106' }] }, event: { type: 'show', params: { fields: ['/region'] } } }],
      },
      null,
      2,
    );
    const badPack = '{\n  "form": "tcm-expertise",\n  "year": 2025,\n  "rules": [\n    { "id": "TCM-1" ,, }\n  ]\n}\n';
    const bundle = await loadForm(
      formFolder('mixed', {
        'definition.json': definitionText,
        'rules/2024.json': readFileSync(join(formDir, 'rules/2024.json'), 'utf8'),
        'rules/2025.json': badPack,
        'rules/2026.json': shapeText,
        'scenarios/ok.json': readFileSync(join(formDir, 'scenarios/shicheng-pass.json'), 'utf8'),
        'scenarios/bad.json': JSON.stringify({ name: 'x', requirements: ['TCM-1'], data: {}, expect: { complete: 'no' } }),
      }),
    );
    expect(bundle.definition?.value.id).toBe('tcm-expertise');
    expect(bundle.packs.map((p) => p.value.year)).toEqual([2024]);
    expect(bundle.scenarios).toHaveLength(1);
    const packProblem = bundle.problems.find((p) => p.file.endsWith('2025.json'))!;
    // the second comma of `{ "id": "TCM-1" ,, }`
    expect(packProblem).toMatchObject({ pointer: '', line: 5, column: 22 });
    const scenarioProblem = bundle.problems.find((p) => p.file.endsWith('bad.json'))!;
    expect(scenarioProblem).toMatchObject({ pointer: '/expect/complete', line: 1 });
    // A pack that is JSON but not a pack: file + pointer + line too.
    const shapeProblem = bundle.problems.find((p) => p.file.endsWith('2026.json') && p.pointer === '/rules/0/conditions/all/0/operator')!;
    expect(shapeProblem.line).toBeTypeOf('number');
    expect(shapeText.split('\n')[shapeProblem.line! - 1]).toContain('"operator": "sameAs"');
  });

  it('a missing folder: a problem, no exception', async () => {
    const bundle = await loadForm(join(root, 'does-not-exist'));
    expect(bundle.definition).toBeUndefined();
    expect(bundle.problems).toEqual([expect.objectContaining({ pointer: '', message: '无法读取：ENOENT' })]);
  });
});
