/**
 * `shenbao compile`: the emitted module is the standalone validator of the definition — imported
 * back here, it gives the same shape issues as runtime compilation (same code path as the built-in
 * forms' generated validators); a bad definition is refused with a Chinese error and exit code 2.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileForm, type DataValidator, type FormDefinition } from '@shenbao/core';
import { runCli } from '../cli.js';

// Inside the package, so the module's `@shenbao/core/standalone-formats` import resolves.
const dir = join(import.meta.dirname, '..', '..', '.compile-test');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) } as never);
  return { code, out, err };
}

const definition = {
  id: 'runtime-demo',
  version: '1.0.0',
  title: { 'zh-CN': '运行时表单' },
  requirements: [{ id: 'DEMO-1', summary: '姓名必填' }],
  schema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', title: '姓名', minLength: 1, maxLength: 5 }, age: { type: 'integer', title: '年龄', minimum: 18 } } },
  attachments: [],
  layout: { steps: [{ id: 's', title: { 'zh-CN': '第一步' }, sections: [{ id: 'a', title: { 'zh-CN': '基本信息' }, items: [{ field: '/name' }, { field: '/age' }] }] }] },
} as unknown as FormDefinition;

describe('shenbao compile', () => {
  it('emits a module whose validator reports what runtime compilation reports', async () => {
    const defFile = join(dir, 'definition.json');
    writeFileSync(defFile, JSON.stringify(definition));
    const out = join(dir, 'form.validator.js');
    const run = await cli('compile', defFile, '-o', out);
    expect(run).toMatchObject({ code: 0 });
    const code = readFileSync(out, 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|require\(/);
    const { validate } = (await import(pathToFileURL(out).href)) as { validate: DataValidator };
    const precompiled = compileForm(definition, { validator: validate });
    const runtime = compileForm(definition);
    for (const data of [{}, { name: '' }, { name: '张三' }, { name: '太长太长的名字', age: 12, extra: 1 }, { name: 5, age: 'x' }]) {
      expect(precompiled.validateShape(data)).toEqual(runtime.validateShape(data));
    }
    expect(precompiled.validateShape({ name: '张三', age: 20 })).toEqual([]);
  });

  it('writes to standard output without -o', async () => {
    const defFile = join(dir, 'definition.json');
    writeFileSync(defFile, JSON.stringify(definition));
    const run = await cli('compile', defFile);
    expect(run.code).toBe(0);
    expect(run.out).toContain('export const validate');
  });

  it('refuses a bad definition with the file and pointer, exit code 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...definition, schema: { type: 'object', properties: { name: { type: 'nope' } } } }));
    const run = await cli('compile', bad, '-o', join(dir, 'bad.js'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('bad.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": ');
    expect((await cli('compile', broken)).code).toBe(2);
  });
});
