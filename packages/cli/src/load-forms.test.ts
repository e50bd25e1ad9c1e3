/** Malformed form folders through the loader: every problem with its file, JSON Pointer and line, never an exception. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadForm } from './load-forms.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const definitionText = readFileSync(join(formDir, 'definition.json'), 'utf8');

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
