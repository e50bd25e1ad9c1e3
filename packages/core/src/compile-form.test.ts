import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileForm } from './index.js';
import { createDictionaryRegistry } from './dictionaries/index.js';
import type { FormDefinition } from './types.js';

const tcm = JSON.parse(readFileSync(join(import.meta.dirname, '../../forms/tcm-expertise/definition.json'), 'utf8')) as FormDefinition;

const small: FormDefinition = {
  id: 'small',
  version: '1.0.0',
  title: { 'zh-CN': '小表单' },
  schema: {
    type: 'object',
    required: ['name', 'idNumber'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', title: '姓名', 'x-title-en': 'Name', minLength: 1, maxLength: 5 },
      idNumber: { type: 'string', title: '身份证号', 'x-title-en': 'ID number', format: 'cn-id' },
      age: { type: 'integer', title: '年龄', minimum: 18, maximum: 80 },
      ethnicity: { type: 'string', title: '民族', 'x-dictionary': 'ethnicity' },
      teachers: {
        type: 'array',
        title: '老师信息',
        maxItems: 2,
        items: { $ref: '#/$defs/teacher' },
      },
    },
    $defs: {
      teacher: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', title: '姓名', minLength: 1 } } },
    },
  },
  attachments: [
    { id: 'photo', label: { 'zh-CN': '照片' }, accept: ['image/jpeg'], maxBytes: 30720, min: 1, max: 1 },
    { id: 'cert', label: { 'zh-CN': '证书' }, accept: ['image/jpeg'], maxBytes: 512000, min: 1, max: 2, group: '/teachers' },
  ],
  layout: { steps: [{ id: 's', title: { 'zh-CN': '步骤' }, sections: [{ id: 'a', title: { 'zh-CN': '分区' }, items: [{ field: '/name' }] }] }] },
};

describe('compileForm', () => {
  it('compiles once per definition and reuses the validator', () => {
    expect(compileForm(small).validator).toBe(compileForm(small).validator);
  });

  it('names the field by its label in Chinese and English', () => {
    const form = compileForm(small);
    const issues = form.validateShape({ idNumber: '11010519491231002X' });
    expect(issues).toEqual([
      { path: '/name', code: 'required', params: { label: '姓名' }, source: 'schema', message: '请填写姓名' },
    ]);
    expect(form.validateShape({ idNumber: '11010519491231002X' }, 'en')[0]!.message).toBe('Please fill in Name');
  });

  it('maps each keyword to its code, pointer and message', () => {
    const form = compileForm(small);
    const issues = form.validateShape({ name: '太长的一个名字', idNumber: '11010519491231002Y', age: 12, extra: 1, teachers: [{}, { name: '' }, { name: 'x' }] });
    const byPath = Object.fromEntries(issues.map((i) => [`${i.path} ${i.code}`, i.message]));
    expect(byPath).toEqual({
      '/name maxLength': '姓名 最多 5 个字',
      '/idNumber format': expect.stringContaining('身份证号 不是有效的'),
      '/age minimum': '年龄 不能小于 18',
      ' additionalProperties': '表单 中有未定义的字段“extra”',
      '/teachers maxItems': '老师信息 最多 2 项',
      '/teachers/0/name required': '请填写老师信息（第1项）姓名',
      '/teachers/1/name minLength': '老师信息（第2项）姓名 至少需要 1 个字',
    });
  });

  it('adds the attachments keys and checks file references', () => {
    const form = compileForm(small);
    const ok = form.validateShape({ name: 'a', idNumber: '11010519491231002X', attachments: { photo: [{ id: 'f1', name: 'a.jpg', type: 'image/jpeg', size: 100 }] }, teachers: [{ name: 'x', attachments: { cert: [] } }] });
    expect(ok.filter((i) => i.path.startsWith('/attachments') || i.path.startsWith('/teachers'))).toEqual([]);
    const bad = form.validateShape({ name: 'a', idNumber: '11010519491231002X', attachments: { photo: [{ id: 'f1' }], nope: [] } });
    expect(bad.map((i) => `${i.path} ${i.code}`)).toEqual(expect.arrayContaining(['/attachments/photo/0/name required', '/attachments additionalProperties']));
  });

  it('checks dictionary codes when a registry is given', () => {
    const form = compileForm(small, { dictionaries: createDictionaryRegistry() });
    expect(form.validateShape({ name: 'a', idNumber: '11010519491231002X', ethnicity: '01' }).some((i) => i.code === 'dictionary')).toBe(false);
    const issue = form.validateShape({ name: 'a', idNumber: '11010519491231002X', ethnicity: '77' }).find((i) => i.code === 'dictionary');
    expect(issue).toMatchObject({ path: '/ethnicity', message: '民族 的取值“77”不在代码表中' });
  });

  it('drops ajv if/then wrappers so a wrong ID number gives exactly one issue', () => {
    const form = compileForm(tcm);
    const issues = form.validateShape({ applicant: { name: '张三', idType: 'id-card', idNumber: '11010519491231002Y', mobile: '13800138000' }, region: '420106', candidateType: 'shicheng', attachments: {} });
    expect(issues.filter((i) => i.path === '/applicant/idNumber').map((i) => i.code)).toEqual(['format']);
  });

  it('compiles without ajv when given a validator, and says what to do when it has neither', async () => {
    vi.resetModules();
    // compile-form.js alone: no schema compiler installed, as in a page that ships precompiled validators.
    const bare = await import('./compile-form.js');
    const validator = Object.assign((data: unknown) => typeof data === 'object', { errors: null });
    expect(bare.compileForm(small, { validator }).validateShape({})).toEqual([]);
    expect(() => bare.compileForm({ ...small })).toThrow(bare.NoSchemaCompilerError);
    expect(() => bare.compileForm({ ...small })).toThrow(/useSchemaCompiler/);
    const { ajvCompiler } = await import('./schema-compiler.js'); // installs itself
    expect(bare.compileForm({ ...small }).validateShape({}).some((i) => i.code === 'required')).toBe(true);
    expect(typeof ajvCompiler).toBe('function');
  });
});
