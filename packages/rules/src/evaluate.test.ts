import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate, type Evaluation } from './evaluate.js';
import { createReferenceRuntime, referenceEngine } from './reference/index.js';
import type { PackParam, PackRule, ResolvedPack, RulePack } from './pack-types.js';
import { resolvePack, resolveStandalone } from './resolve-pack.js';
import { runScenario, type Scenario } from './scenarios.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tcm = readJson(join(formDir, 'definition.json')) as FormDefinition;
const tcmPacks = readdirSync(join(formDir, 'rules'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => readJson(join(formDir, 'rules', f)) as RulePack);
const tcm2024 = resolvePack(tcmPacks, 2024);
const scenarioFiles = readdirSync(join(formDir, 'scenarios')).filter((f) => f.endsWith('.json')).sort();
const scenario = (file: string) => readJson(join(formDir, 'scenarios', file)) as Scenario;
const newestYear = Math.max(...tcmPacks.map((p) => p.year));

/** The shicheng-pass declaration, a fresh copy per call. */
const shichengPass = () => structuredClone(scenario('shicheng-pass.json'));

const keys = (e: Evaluation) => e.issues.map((i) => `${i.path} ${i.code}`).sort();

// A small synthetic form to pin the precise semantics of each effect.
const mini: FormDefinition = {
  id: 'mini',
  version: '1.0.0',
  title: { 'zh-CN': '小表单', en: 'Mini form' },
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'candidateType'],
    properties: {
      name: { type: 'string', title: '姓名', 'x-title-en': 'Name', minLength: 1 },
      candidateType: { type: 'string', title: '考生类型', 'x-title-en': 'Candidate type', enum: ['shicheng', 'practice'] },
      nickname: { type: 'string', title: '昵称', 'x-title-en': 'Nickname', maxLength: 3 },
      remark: { type: 'string', title: '备注', 'x-title-en': 'Remark' },
      experience: {
        type: 'object',
        title: '从医经历',
        additionalProperties: false,
        properties: {
          culturalStudy: { type: 'string', title: '文化学习经历', 'x-title-en': 'Cultural education' },
          origin: { type: 'string', title: '医术渊源', 'x-title-en': 'Origin of the skills' },
        },
      },
      subjects: {
        type: 'array',
        title: '报考科目',
        items: { type: 'object', additionalProperties: false, properties: { code: { type: 'string', title: '科目代码' } } },
      },
      fee: { type: 'number', title: '考试费', 'x-title-en': 'Exam fee' },
      teachers: {
        type: 'array',
        title: '老师信息',
        'x-title-en': 'Teachers',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            role: { type: 'string', title: '类型', enum: ['guidance', 'recommender'] },
            name: { type: 'string', title: '姓名', 'x-title-en': 'Name' },
            mobile: { type: 'string', title: '联系电话', 'x-title-en': 'Phone' },
          },
        },
      },
    },
  },
  context: { type: 'object', properties: { today: { type: 'string', title: '当前日期' } } },
  attachments: [
    { id: 'proof', label: { 'zh-CN': '证明材料', en: 'Proof' }, accept: ['image/jpeg', 'application/pdf'], maxBytes: 1000, min: 0, max: 3 },
    { id: 'photo', label: { 'zh-CN': '照片', en: 'Photo' }, accept: ['image/jpeg'], maxBytes: 1000, min: 2, max: 4 },
    { id: 'teacherCert', label: { 'zh-CN': '老师证书', en: 'Teacher certificate' }, accept: ['image/jpeg'], maxBytes: 1000, min: 0, max: 2, group: '/teachers' },
  ],
  layout: {
    steps: [{ id: 's', title: { 'zh-CN': '填报' }, sections: [{ id: 'a', title: { 'zh-CN': '信息' }, items: [{ field: '/name' }] }] }],
  },
};

const jpeg = (id: string) => ({ id, name: `${id}.jpg`, type: 'image/jpeg', size: 100 });
/** Two photos, so the always-present photo slot (min 2) is satisfied. */
const photos = () => ({ photo: [jpeg('p1'), jpeg('p2')] });

const isShicheng = { all: [{ fact: 'data' as const, path: '/candidateType', operator: 'equal' as const, value: 'shicheng' }] };
const isPractice = { all: [{ fact: 'data' as const, path: '/candidateType', operator: 'equal' as const, value: 'practice' }] };
const always = { all: [{ fact: 'data' as const, path: '/candidateType', operator: 'notEmpty' as const, value: true }] };

function miniPack(rules: PackRule[], params: Record<string, PackParam> = {}): ResolvedPack {
  return resolveStandalone({ form: 'mini', year: 2024, params, rules });
}

describe('evaluate: the TCM scenarios (runScenario over the scenarios folder)', () => {
  it('finds both passing and failing scenarios in the folder', () => {
    const expected = scenarioFiles.map((f) => scenario(f).expect.complete);
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(10);
    expect(expected).toContain(true);
    expect(expected).toContain(false);
  });

  it.each(scenarioFiles)('%s holds', async (file) => {
    const s = scenario(file);
    const pack = resolvePack(tcmPacks, s.year ?? newestYear);
    const result = await runScenario(tcm, pack, s, file);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.evaluation.complete).toBe(s.expect.complete);
    // complete is true exactly when there is no issue at all
    expect(result.evaluation.complete).toBe(result.evaluation.issues.length === 0);
  });
});

describe('evaluate: visibility and requiredness', () => {
  const requireCultural: PackRule = {
    id: 'TCM-2.require',
    description: '所有考生都要求填写文化学习经历（用来证明隐藏字段不会被要求）',
    conditions: always,
    event: { type: 'require', params: { fields: ['/experience/culturalStudy'] } },
  };
  const showCultural: PackRule = {
    id: 'TCM-2.show',
    description: '文化学习经历只对师承考生显示',
    conditions: isShicheng,
    event: { type: 'show', params: { fields: ['/experience/culturalStudy'] } },
  };
  const pack = miniPack([requireCultural, showCultural]);

  it('never requires a hidden field, even when a require rule targets it', async () => {
    const e = await evaluate(mini, pack, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(e.visible['/experience/culturalStudy']).toBe(false);
    expect(e.required['/experience/culturalStudy']).toBe(false);
    expect(e.issues).toEqual([]);
    expect(e.complete).toBe(true);
  });

  it('requires the field once the show rule fires, with a Chinese message naming the label', async () => {
    const e = await evaluate(mini, pack, { name: '张三', candidateType: 'shicheng', attachments: photos() });
    expect(e.visible['/experience/culturalStudy']).toBe(true);
    expect(e.required['/experience/culturalStudy']).toBe(true);
    expect(e.issues).toEqual([
      { path: '/experience/culturalStudy', code: 'required', params: { label: '文化学习经历' }, source: 'TCM-2.require', message: '请填写文化学习经历' },
    ]);
    expect(e.complete).toBe(false);
    const filled = await evaluate(mini, pack, { name: '张三', candidateType: 'shicheng', experience: { culturalStudy: '高中' }, attachments: photos() });
    expect(filled.issues).toEqual([]);
    expect(filled.complete).toBe(true);
  });

  it('gives English messages with { locale: "en" }', async () => {
    const e = await evaluate(mini, pack, { candidateType: 'shicheng', attachments: photos() }, {}, { locale: 'en' });
    expect(e.issues.map((i) => i.message).sort()).toEqual(['Please fill in Cultural education', 'Please fill in Name']);
  });

  it('leaves fields that no show rule targets visible, and fields of untargeted rules unrequired', async () => {
    const e = await evaluate(mini, pack, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(e.visible['/experience/origin']).toBe(true);
    expect(e.required['/experience/origin']).toBe(false);
    expect(e.visible['/name']).toBe(true);
    expect(e.required['/name']).toBe(true);
  });

  it('hides the targets of a hide rule only while it fires', async () => {
    const hide = miniPack([
      { id: 'TCM-3.hide', description: '多年实践考生不填备注', conditions: isPractice, event: { type: 'hide', params: { fields: ['/remark'] } } },
    ]);
    const practice = await evaluate(mini, hide, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(practice.visible['/remark']).toBe(false);
    expect(practice.complete).toBe(true);
    const shicheng = await evaluate(mini, hide, { name: '张三', candidateType: 'shicheng', attachments: photos() });
    expect(shicheng.visible['/remark']).toBe(true);
  });

  it('never blocks on a value in a hidden field; the declaration as stored leaves it out (COMMON-9)', async () => {
    const hide = miniPack([
      { id: 'TCM-3.hide', description: '多年实践考生不填备注', conditions: isPractice, event: { type: 'hide', params: { fields: ['/remark'] } } },
    ]);
    const data = { name: '张三', candidateType: 'practice', remark: '写了备注', attachments: photos() };
    const e = await evaluate(mini, hide, data);
    expect(e.issues).toEqual([]);
    expect(e.complete).toBe(true);
    expect(e.visible['/remark']).toBe(false);
    expect(e.declaration).toEqual({ name: '张三', candidateType: 'practice', attachments: photos() });
    expect(data.remark).toBe('写了备注'); // the input is not changed
    // Visible again: the value is part of the declaration.
    const shown = await evaluate(mini, hide, { ...data, candidateType: 'shicheng' });
    expect((shown.declaration as Record<string, unknown>).remark).toBe('写了备注');
  });

  it('leaves out a value under a field hidden by an unfired show rule, and keeps the rest of its object', async () => {
    const e = await evaluate(mini, pack, { name: '张三', candidateType: 'practice', experience: { culturalStudy: '高中' }, attachments: photos() });
    expect(e.issues).toEqual([]);
    expect(e.declaration).toEqual({ name: '张三', candidateType: 'practice', experience: {}, attachments: photos() });
  });

  it('gives the data itself as the declaration when nothing hidden holds a value', async () => {
    const data = { name: '张三', candidateType: 'shicheng', attachments: photos() };
    const e = await evaluate(mini, pack, data);
    expect(e.declaration).toEqual(data);
  });

  it.each([' ', '\u3000\u3000', '\u0000', '\u200b\ufeff', '\ufffd', ' \t\u200d\u3000'])('treats a required text of %j as not filled in (COMMON-8)', async (blank) => {
    const e = await evaluate(mini, pack, { name: blank, candidateType: 'practice', attachments: photos() });
    expect(e.issues).toEqual([expect.objectContaining({ path: '/name', code: 'required', source: 'schema', message: '请填写姓名' })]);
    expect(e.complete).toBe(false);
    // A rule-required field too, and the `empty` operator agrees.
    const required = miniPack([
      { id: 'TCM-3.remark', description: '多年实践考生须填写备注', conditions: isPractice, event: { type: 'require', params: { fields: ['/remark'] } } },
    ]);
    const r = await evaluate(mini, required, { name: '张三', candidateType: 'practice', remark: blank, attachments: photos() });
    expect(keys(r)).toEqual(['/remark required']);
  });

  it('accepts a required text with content around blanks (COMMON-8)', async () => {
    const e = await evaluate(mini, pack, { name: '\u3000张三 ', candidateType: 'practice', attachments: photos() });
    expect(e.issues).toEqual([]);
  });

  it('drops shape issues inside hidden fields', async () => {
    const hide = miniPack([
      { id: 'TCM-3.hide', description: '多年实践考生不填昵称', conditions: isPractice, event: { type: 'hide', params: { fields: ['/nickname'] } } },
    ]);
    const tooLong = { name: '张三', candidateType: 'practice', nickname: '太长的昵称', attachments: photos() };
    expect(keys(await evaluate(mini, hide, tooLong))).toEqual([]);
    expect(keys(await evaluate(mini, hide, { ...tooLong, candidateType: 'shicheng' }))).toEqual(['/nickname maxLength']);
  });

  it('hides slots named in show.slots unless the show fires; a hidden slot needs no files and its files are not submitted', async () => {
    const slots = miniPack([
      { id: 'TCM-6.show', description: '证明材料只对师承考生显示', conditions: isShicheng, event: { type: 'show', params: { slots: ['proof'] } } },
      { id: 'TCM-6.require', description: '所有考生都要上传证明材料', conditions: always, event: { type: 'attachment', params: { slot: 'proof' } } },
    ]);
    const practice = await evaluate(mini, slots, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(practice.attachments['/attachments/proof']).toMatchObject({ visible: false, min: 0, required: false });
    expect(practice.complete).toBe(true);

    const withFile = await evaluate(mini, slots, { name: '张三', candidateType: 'practice', attachments: { ...photos(), proof: [jpeg('x')] } });
    expect(keys(withFile)).toEqual([]);
    expect((withFile.declaration as { attachments: Record<string, unknown> }).attachments).toEqual(photos());

    const shicheng = await evaluate(mini, slots, { name: '张三', candidateType: 'shicheng', attachments: photos() });
    expect(shicheng.attachments['/attachments/proof']).toMatchObject({ visible: true, min: 1, required: true, count: 0 });
    expect(shicheng.issues).toEqual([expect.objectContaining({ path: '/attachments/proof', code: 'attachment-min', source: 'TCM-6.require' })]);
  });

  it('expands * in a require rule to every item of the group', async () => {
    const p = miniPack([
      { id: 'TCM-5.names', description: '每位老师都要填写姓名', conditions: always, event: { type: 'require', params: { fields: ['/teachers/*/name'] } } },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', teachers: [{ role: 'guidance' }, { name: '李四' }, {}], attachments: photos() });
    expect(e.required['/teachers/0/name']).toBe(true);
    expect(e.required['/teachers/1/name']).toBe(true);
    expect(e.required['/teachers/2/name']).toBe(true);
    expect(keys(e)).toEqual(['/teachers/0/name required', '/teachers/2/name required']);
    expect(e.issues.find((i) => i.path === '/teachers/2/name')!.message).toBe('请填写老师信息（第3项）姓名');
  });
});

describe('evaluate: forEach rules', () => {
  it('binds item and index, and * in the effect pointer is the item index', async () => {
    const p = miniPack([
      {
        id: 'TCM-4.guidance-mobile',
        description: '指导老师须填写联系电话',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'guidance' }] },
        event: { type: 'require', params: { fields: ['/teachers/*/mobile'] } },
      },
      {
        id: 'TCM-4.guidance-first',
        description: '指导老师须排在第一位',
        forEach: '/teachers',
        conditions: {
          all: [
            { fact: 'item', path: '/role', operator: 'equal', value: 'guidance' },
            { fact: 'index', operator: 'greaterThan', value: 0 },
          ],
        },
        event: { type: 'error', params: { path: '/teachers/*/role', code: 'guidance-first', message: { 'zh-CN': '第{index}位老师是指导老师，须排在第一位', en: 'Teacher #{index} must come first' } } },
      },
    ]);
    const data = { name: '张三', candidateType: 'shicheng', teachers: [{ role: 'recommender' }, { role: 'guidance' }, { role: 'recommender' }], attachments: photos() };
    const e = await evaluate(mini, p, data);
    expect(e.required['/teachers/1/mobile']).toBe(true);
    expect(e.required['/teachers/0/mobile']).toBe(false);
    expect(e.required['/teachers/2/mobile']).toBe(false);
    expect(keys(e)).toEqual(['/teachers/1/mobile required', '/teachers/1/role guidance-first']);
    const error = e.issues.find((i) => i.code === 'guidance-first')!;
    expect(error.message).toBe('第2位老师是指导老师，须排在第一位');
    expect(error.source).toBe('TCM-4.guidance-first');
    expect(error.params).toMatchObject({ index: 2 });

    const first = await evaluate(mini, p, { ...data, teachers: [{ role: 'guidance', mobile: '13800138000' }, { role: 'recommender' }] });
    expect(first.issues).toEqual([]);
  });

  it('shows and hides a grouped slot per item in a forEach rule', async () => {
    const p = miniPack([
      {
        id: 'TCM-5.guidance-cert-show',
        description: '老师证书只对指导老师显示',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'guidance' }] },
        event: { type: 'show', params: { slots: ['teacherCert'] } },
      },
      {
        id: 'TCM-5.guidance-cert',
        description: '指导老师上传证书',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'guidance' }] },
        event: { type: 'attachment', params: { slot: 'teacherCert' } },
      },
    ]);
    const data = {
      name: '张三',
      candidateType: 'shicheng',
      teachers: [{ role: 'guidance', attachments: { teacherCert: [jpeg('g')] } }, { role: 'recommender' }],
      attachments: photos(),
    };
    const e = await evaluate(mini, p, data);
    expect(e.attachments['/teachers/0/attachments/teacherCert']).toMatchObject({ visible: true, min: 1, count: 1 });
    expect(e.attachments['/teachers/1/attachments/teacherCert']).toMatchObject({ visible: false, min: 0 });
    expect(e.issues).toEqual([]);
    // A file in the recommender's hidden slot is no issue and is not submitted.
    const extra = structuredClone(data);
    (extra.teachers[1] as Record<string, unknown>).attachments = { teacherCert: [jpeg('r')] };
    const withExtra = await evaluate(mini, p, extra);
    expect(keys(withExtra)).toEqual([]);
    expect((withExtra.declaration as typeof data).teachers[1]).toEqual({ role: 'recommender', attachments: {} });
    expect((withExtra.declaration as typeof data).teachers[0]).toEqual(data.teachers[0]);

    const hide = miniPack([
      {
        id: 'TCM-5.recommender-cert-hide',
        description: '推荐医师不上传老师证书',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'recommender' }] },
        event: { type: 'hide', params: { slots: ['teacherCert'] } },
      },
    ]);
    const h = await evaluate(mini, hide, data);
    expect(h.attachments['/teachers/0/attachments/teacherCert']!.visible).toBe(true);
    expect(h.attachments['/teachers/1/attachments/teacherCert']!.visible).toBe(false);
    expect(h.issues).toEqual([]);
  });

  it('does not run forEach rules when the array is missing', async () => {
    const p = miniPack([
      {
        id: 'TCM-4.any',
        description: '任何老师都报错（仅用于测试）',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'index', operator: 'greaterThanInclusive', value: 0 }] },
        event: { type: 'error', params: { path: '/teachers/*', code: 'x', message: { 'zh-CN': '老师' } } },
      },
    ]);
    expect((await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: photos() })).issues).toEqual([]);
    expect(keys(await evaluate(mini, p, { name: '张三', candidateType: 'practice', teachers: [{}, {}], attachments: photos() }))).toEqual(['/teachers/0 x', '/teachers/1 x']);
  });
});

describe('evaluate: attachment effects', () => {
  it('raises min to max(1, slot.min) by default and keeps the slot max', async () => {
    const p = miniPack([
      { id: 'TCM-6.proof', description: '上传证明材料', conditions: always, event: { type: 'attachment', params: { slot: 'proof' } } },
      { id: 'TCM-6.photo', description: '上传照片', conditions: always, event: { type: 'attachment', params: { slot: 'photo' } } },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: { photo: [jpeg('p1')] } });
    expect(e.attachments['/attachments/proof']).toMatchObject({ min: 1, max: 3, required: true, count: 0, visible: true });
    expect(e.attachments['/attachments/photo']).toMatchObject({ min: 2, max: 4, required: true, count: 1 });
    expect(keys(e)).toEqual(['/attachments/photo attachment-min', '/attachments/proof attachment-min']);
    expect(e.issues.find((i) => i.path === '/attachments/proof')!.source).toBe('TCM-6.proof');
  });

  it('takes explicit min and max, and reports too many files', async () => {
    const p = miniPack([{ id: 'TCM-6.proof', description: '证明材料恰好两份', conditions: always, event: { type: 'attachment', params: { slot: 'proof', min: 2, max: 2 } } }]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: { ...photos(), proof: [jpeg('a'), jpeg('b'), jpeg('c')] } });
    expect(e.attachments['/attachments/proof']).toMatchObject({ min: 2, max: 2, count: 3 });
    expect(keys(e)).toEqual(['/attachments/proof attachment-max']);
  });

  it('without a firing rule a slot keeps its own min (0 = optional)', async () => {
    const p = miniPack([{ id: 'TCM-6.proof', description: '师承考生上传证明材料', conditions: isShicheng, event: { type: 'attachment', params: { slot: 'proof' } } }]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(e.attachments['/attachments/proof']).toMatchObject({ min: 0, required: false });
    expect(e.complete).toBe(true);
  });

  it('applies a forEach attachment effect on a grouped slot per item', async () => {
    const p = miniPack([
      {
        id: 'TCM-5.guidance-cert',
        description: '指导老师上传证书',
        forEach: '/teachers',
        conditions: { all: [{ fact: 'item', path: '/role', operator: 'equal', value: 'guidance' }] },
        event: { type: 'attachment', params: { slot: 'teacherCert' } },
      },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'shicheng', teachers: [{ role: 'recommender' }, { role: 'guidance' }], attachments: photos() });
    expect(e.attachments['/teachers/0/attachments/teacherCert']).toMatchObject({ min: 0, required: false });
    expect(e.attachments['/teachers/1/attachments/teacherCert']).toMatchObject({ min: 1, max: 2, required: true });
    expect(keys(e)).toEqual(['/teachers/1/attachments/teacherCert attachment-min']);
  });

  it('applies a whole-declaration attachment effect on a grouped slot to every item', async () => {
    const p = miniPack([{ id: 'TCM-5.cert', description: '每位老师上传证书', conditions: always, event: { type: 'attachment', params: { slot: 'teacherCert' } } }]);
    const e = await evaluate(mini, p, {
      name: '张三',
      candidateType: 'shicheng',
      teachers: [{ role: 'recommender', attachments: { teacherCert: [jpeg('t')] } }, { role: 'guidance' }],
      attachments: photos(),
    });
    expect(e.attachments['/teachers/0/attachments/teacherCert']).toMatchObject({ min: 1, count: 1 });
    expect(e.attachments['/teachers/1/attachments/teacherCert']).toMatchObject({ min: 1, count: 0 });
    expect(keys(e)).toEqual(['/teachers/1/attachments/teacherCert attachment-min']);
  });

  it('checks each file type and size against the slot', async () => {
    const p = miniPack([]);
    const e = await evaluate(mini, p, {
      name: '张三',
      candidateType: 'practice',
      attachments: { photo: [jpeg('p1'), { id: 'p2', name: 'big.png', type: 'image/png', size: 5000 }] },
    });
    expect(keys(e)).toEqual(['/attachments/photo/1 attachment-size', '/attachments/photo/1 attachment-type']);
    // Core's attachment module: the same texts and params as the upload check.
    expect(e.issues.find((i) => i.code === 'attachment-type')!.message).toBe('文件“big.png”不是允许的类型（JPG），实际内容为 PNG');
    expect(e.issues.find((i) => i.code === 'attachment-size')!.params).toMatchObject({ name: 'big.png', size: 5000, maxText: expect.any(String), sizeText: expect.any(String) });
  });
});

describe('evaluate: computed values (set)', () => {
  const feeRule: PackRule = {
    id: 'HQ-1.fee',
    description: '考试费 = 科目数 × 每科费用',
    conditions: always,
    event: { type: 'set', params: { path: '/fee', value: { multiply: [{ count: '/subjects' }, { param: 'feePerSubject' }] } } },
  };
  const pack = miniPack([feeRule], { feePerSubject: { value: 70, description: '每科考试费（元）' } });
  const base = { name: '张三', candidateType: 'practice', subjects: [{ code: 'a' }, { code: 'b' }, { code: 'c' }], attachments: photos() };

  it('computes count × param', async () => {
    const e = await evaluate(mini, pack, base);
    expect(e.computed).toEqual({ '/fee': 210 });
    expect(e.complete).toBe(true);
    expect((await evaluate(mini, pack, { ...base, subjects: [{ code: 'a' }] })).computed).toEqual({ '/fee': 70 });
  });

  it('accepts a stated value equal to the computed one', async () => {
    const e = await evaluate(mini, pack, { ...base, fee: 210 });
    expect(e.issues).toEqual([]);
  });

  it('reports a stated value that differs as computed-mismatch', async () => {
    const e = await evaluate(mini, pack, { ...base, fee: 140 });
    expect(e.issues).toEqual([
      {
        path: '/fee',
        code: 'computed-mismatch',
        params: { label: '考试费', expected: 210, actual: 140 },
        source: 'HQ-1.fee',
        message: '考试费 应为 210，申报内容为 140',
      },
    ]);
    expect(e.complete).toBe(false);
    const en = await evaluate(mini, pack, { ...base, fee: 140 }, {}, { locale: 'en' });
    expect(en.issues[0]!.message).toBe('Exam fee should be 210, the declaration says 140');
  });

  it('adds, reads data, context and literals', async () => {
    const p = miniPack(
      [
        {
          id: 'HQ-1.fee',
          description: '考试费 = 基础费 + 科目数 × 每科费用 + 上下文附加费',
          conditions: always,
          event: {
            type: 'set',
            params: { path: '/fee', value: { add: [{ param: 'base' }, { multiply: [{ count: '/subjects', where: { '/code': 'a' } }, 70] }, { context: '/surcharge' }] } },
          },
        },
        { id: 'HQ-1.remark', description: '备注抄写姓名', conditions: always, event: { type: 'set', params: { path: '/remark', value: { data: '/name' } } } },
      ],
      { base: { value: 10, description: '基础费' } },
    );
    const e = await evaluate(mini, p, base, { surcharge: 5 });
    expect(e.computed).toEqual({ '/fee': 85, '/remark': '张三' });
  });

  it('reports an expression that cannot be computed as a pack-error at the target, never throwing', async () => {
    const p = miniPack([
      { id: 'HQ-1.fee', description: '考试费取不存在的参数', conditions: always, event: { type: 'set', params: { path: '/fee', value: { param: 'missing' } } } },
    ]);
    const e = await evaluate(mini, p, base);
    expect(e.issues).toEqual([expect.objectContaining({ path: '/fee', code: 'pack-error', source: 'HQ-1.fee' })]);
    expect(e.issues[0]!.message).toContain('参数 missing 不存在');
    expect(e.computed).toEqual({});
  });
});

describe('evaluate: contradictory effects', () => {
  it('reports show + hide of one field firing together as pack-conflict naming both rules', async () => {
    const p = miniPack([
      { id: 'TCM-2.show-nickname', description: '显示昵称', conditions: always, event: { type: 'show', params: { fields: ['/nickname'] } } },
      { id: 'TCM-3.hide-nickname', description: '隐藏昵称', conditions: isPractice, event: { type: 'hide', params: { fields: ['/nickname'] } } },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: photos() });
    const conflicts = e.issues.filter((i) => i.code === 'pack-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.path).toBe('/nickname');
    expect(conflicts[0]!.message).toContain('TCM-2.show-nickname');
    expect(conflicts[0]!.message).toContain('TCM-3.hide-nickname');
    expect(conflicts[0]!.message).toBe('规则冲突：TCM-2.show-nickname、TCM-3.hide-nickname 对“/nickname”的效果相互矛盾');
    expect(e.complete).toBe(false);
    // Only the show fires: no conflict.
    const ok = await evaluate(mini, p, { name: '张三', candidateType: 'shicheng', attachments: photos() });
    expect(ok.issues).toEqual([]);
  });

  it('reports two set effects with different values on one path as pack-conflict naming both rules', async () => {
    const p = miniPack([
      { id: 'HQ-1.fee-a', description: '考试费 70', conditions: always, event: { type: 'set', params: { path: '/fee', value: 70 } } },
      { id: 'HQ-1.fee-b', description: '师承考试费 80', conditions: isShicheng, event: { type: 'set', params: { path: '/fee', value: 80 } } },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'shicheng', attachments: photos() });
    const conflict = e.issues.find((i) => i.code === 'pack-conflict');
    expect(conflict).toBeDefined();
    expect(conflict!.path).toBe('/fee');
    expect(conflict!.params.rules).toBe('HQ-1.fee-a、HQ-1.fee-b');
    expect(conflict!.source).toBe('HQ-1.fee-a,HQ-1.fee-b');
    expect(e.complete).toBe(false);
    expect((await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: photos() })).issues).toEqual([]);
  });

  it('accepts two set effects that agree', async () => {
    const p = miniPack([
      { id: 'HQ-1.fee-a', description: '考试费 70', conditions: always, event: { type: 'set', params: { path: '/fee', value: 70 } } },
      { id: 'HQ-1.fee-b', description: '考试费也是 70', conditions: always, event: { type: 'set', params: { path: '/fee', value: { multiply: [35, 2] } } } },
    ]);
    const e = await evaluate(mini, p, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(e.issues).toEqual([]);
    expect(e.computed).toEqual({ '/fee': 70 });
  });
});

describe('evaluate: messages of the TCM form', () => {
  it('names the field label in Chinese, and in English with locale en', async () => {
    const s = shichengPass();
    delete (s.data as { applicant: Record<string, unknown> }).applicant.name;
    const zh = await evaluate(tcm, tcm2024, s.data, s.context);
    expect(zh.issues).toEqual([{ path: '/applicant/name', code: 'required', params: { label: '姓名' }, source: 'schema', message: '请填写姓名' }]);
    const en = await evaluate(tcm, tcm2024, s.data, s.context, { locale: 'en' });
    expect(en.issues.map((i) => i.message)).toEqual(['Please fill in Name']);
  });

  it('fills {param} placeholders of rule errors from the pack params', async () => {
    const s = shichengPass();
    const data = s.data as { teachers: { role: string }[] };
    data.teachers = data.teachers.slice(0, 2);
    const zh = await evaluate(tcm, tcm2024, data, s.context);
    const issue = zh.issues.find((i) => i.code === 'recommender-count')!;
    expect(issue.message).toBe('须填报至少 2 名推荐医师');
    expect(issue.path).toBe('/teachers');
    expect(issue.source).toBe('TCM-4.recommender-count');
    const en = await evaluate(tcm, tcm2024, data, s.context, { locale: 'en' });
    expect(en.issues.find((i) => i.code === 'recommender-count')!.message).toBe('Enter at least 2 recommending physicians');
    // The placeholder follows the param, not the text.
    const raised = { ...tcm2024, params: { ...tcm2024.params, minRecommenders: { value: 5, description: '最少推荐医师人数' } } };
    const five = await evaluate(tcm, raised, shichengPass().data, s.context);
    expect(five.issues.find((i) => i.code === 'recommender-count')!.message).toBe('须填报至少 5 名推荐医师');
  });

  it('names the item in forEach rule errors', async () => {
    const s = scenario('recommender-region-mismatch.json');
    const e = await evaluate(tcm, tcm2024, s.data, s.context);
    expect(e.issues).toEqual([
      expect.objectContaining({ path: '/teachers/1/practiceLocation', code: 'region-mismatch', source: 'TCM-1.recommender-region', message: '推荐医师执业地点须与申报地区一致' }),
    ]);
    expect(e.issues[0]!.params).toMatchObject({ label: '老师信息（第2项）执业地点', index: 2 });
  });

  it('fills the context fact today with the current date when the host gives none', async () => {
    // A permit holder: a resident ID number would also contradict a birth date of 2999 (COMMON-3).
    const s = scenario('hk-macau-permit-pass.json');
    (s.data as { applicant: Record<string, unknown> }).applicant.birthDate = '2999-01-01';
    expect(keys(await evaluate(tcm, tcm2024, s.data))).toEqual(['/applicant/birthDate date-in-future']);
    expect(keys(await evaluate(tcm, tcm2024, s.data, { today: '3000-01-01' }))).toEqual([]);
  });
});

describe('evaluate: one runtime per pack object', () => {
  it('gives the same evaluation (deep-equal) for repeated calls', async () => {
    const s = scenario('recommender-region-mismatch.json');
    const first = await evaluate(tcm, tcm2024, s.data, s.context);
    for (let i = 0; i < 5; i++) expect(await evaluate(tcm, tcm2024, s.data, s.context)).toEqual(first);
    expect(first.complete).toBe(false);
  });

  it('gives identical results for 100 concurrent evaluations on one pack object', async () => {
    const pack = resolvePack(tcmPacks, 2024);
    const pass = shichengPass();
    const fail = scenario('recommender-region-mismatch.json');
    const wantPass = await evaluate(tcm, resolvePack(tcmPacks, 2024), pass.data, pass.context);
    const wantFail = await evaluate(tcm, resolvePack(tcmPacks, 2024), fail.data, fail.context);
    const same = await Promise.all(Array.from({ length: 100 }, () => evaluate(tcm, pack, pass.data, pass.context)));
    for (const e of same) expect(e).toEqual(wantPass);
    const mixed = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? evaluate(tcm, pack, pass.data, pass.context) : evaluate(tcm, pack, fail.data, fail.context))));
    mixed.forEach((e, i) => expect(e).toEqual(i % 2 ? wantPass : wantFail));
    expect(wantPass.complete).toBe(true);
    expect(wantFail.complete).toBe(false);
  });

  it('never lets one run end an overlapping run early (json-rules-engine keeps its run status on the engine)', async () => {
    // A second run started k microtasks after the first, for every k up to 300: with runs of one
    // engine overlapping, the first run's end marks the shared engine finished and the second skips
    // its rules. pack-runtime serialises runs, so every run sees every rule.
    const pack = resolvePack(tcmPacks, 2024);
    const s = shichengPass();
    const want = await evaluate(tcm, pack, s.data, s.context);
    const runtime = createReferenceRuntime(pack);
    const facts = { data: s.data, context: s.context, params: runtime.paramValues };
    const fired = (list: { rule: PackRule; index?: number }[]) => list.map((f) => `${f.rule.id}#${f.index ?? ''}`).join(',');
    const wantFired = fired(await runtime.run(facts));
    expect(wantFired).toContain('TCM-2.require');
    for (let k = 0; k < 300; k++) {
      let tick: Promise<unknown> = Promise.resolve();
      for (let i = 0; i < k; i++) tick = tick.then(() => undefined);
      const [a, b, c, d] = await Promise.all([
        runtime.run(facts),
        tick.then(() => runtime.run(facts)),
        evaluate(tcm, pack, s.data, s.context, { engine: referenceEngine }),
        tick.then(() => evaluate(tcm, pack, s.data, s.context, { engine: referenceEngine })),
      ]);
      expect(fired(a)).toBe(wantFired);
      expect(fired(b)).toBe(wantFired);
      expect(c).toEqual(want);
      expect(d).toEqual(want);
    }
  });
});

describe('evaluate: pack errors', () => {
  it('reports a pack of another form as a pack-error issue', async () => {
    const other = { ...tcm2024, form: 'health-qualification' };
    const s = shichengPass();
    const e = await evaluate(tcm, other, s.data, s.context);
    expect(e.complete).toBe(false);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: '', code: 'pack-error', source: 'engine' });
    expect(e.issues[0]!.message).toContain('health-qualification');
    expect(e.issues[0]!.message).toContain('tcm-expertise');
  });

  it('reports a rule json-rules-engine cannot run as a pack-error instead of throwing', async () => {
    const broken = miniPack([
      {
        id: 'TCM-9.broken',
        description: '运算符不存在（绕过 lint）',
        conditions: { all: [{ fact: 'data', path: '/name', operator: 'sortOf' as never, value: 'x' }] },
        event: { type: 'require', params: { fields: ['/remark'] } },
      },
    ]);
    const e = await evaluate(mini, broken, { name: '张三', candidateType: 'practice', attachments: photos() });
    expect(e.complete).toBe(false);
    expect(e.issues.map((i) => i.code)).toEqual(['pack-error']);
    expect(e.issues[0]!.message).toMatch(/^规则包错误：/);
  });
});

describe('evaluate(): the result object', () => {
  it('has its lazily built fields as own enumerable fields (JSON, structured clone, spread), each evaluation its own', async () => {
    const { data, context } = shichengPass();
    const a = await evaluate(tcm, tcm2024, data, context);
    const b = await evaluate(tcm, tcm2024, { ...(data as object), candidateType: 'practice' }, context);
    expect(Object.keys(a)).toEqual(['issues', 'computed', 'complete', 'attachments', 'visible', 'required', 'declaration']);
    const json = JSON.parse(JSON.stringify(a)) as Evaluation;
    const clone = structuredClone(a);
    const spread = { ...a };
    for (const copy of [json, clone, spread]) {
      expect(copy.visible).toEqual(a.visible);
      expect(copy.required).toEqual(a.required);
      expect(copy.attachments).toEqual(a.attachments);
      expect(copy.declaration).toEqual(a.declaration);
    }
    expect(Object.keys(a.visible).length).toBeGreaterThan(10);
    // Built once per evaluation, never shared between two.
    expect(a.visible).toBe(a.visible);
    expect(b.visible).not.toBe(a.visible);
    expect(b.visible).not.toEqual(a.visible);
    expect((b.declaration as { candidateType: string }).candidateType).toBe('practice');
  });
});
