import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDictionaryRegistry } from './dictionaries/registry.js';
import { checkDefinition, formatProblem } from './check-definition.js';

const file = join(import.meta.dirname, '../../forms/tcm-expertise/definition.json');
const text = readFileSync(file, 'utf8');
const fresh = () => JSON.parse(text) as Record<string, any>;

describe('checkDefinition', () => {
  it('accepts the TCM definition', () => {
    const result = checkDefinition(fresh(), 'tcm.json', text);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('refuses a missing top-level key with file, pointer and line', () => {
    const d = fresh();
    delete d.layout;
    const result = checkDefinition(d, 'tcm.json', text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ file: 'tcm.json', pointer: '/layout', message: '缺少必填项“layout”' });
  });

  it('refuses a layout field that names no schema field', () => {
    const d = fresh();
    d.layout.steps[1].sections[0].items[0] = { field: '/applicant/nickname' };
    const result = checkDefinition(d, 'tcm.json', text);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ pointer: '/layout/steps/1/sections/0/items/0/field', message: expect.stringContaining('/applicant/nickname'), line: expect.any(Number) }),
    ]);
    expect(formatProblem(result.problems[0]!)).toMatch(/^tcm\.json:\d+:\d+ \/layout\/steps\/1\/sections\/0\/items\/0\/field：/);
  });

  it('refuses unknown slots, slots outside their group and duplicate slot ids', () => {
    const d = fresh();
    d.layout.steps[1].sections[0].items.push({ attachment: 'nope' }, { attachment: 'teacherIdCard' });
    d.attachments.push({ ...d.attachments[0] });
    const result = checkDefinition(d, 'tcm.json');
    const messages = result.problems.map((p) => `${p.pointer} ${p.message}`).join('\n');
    expect(messages).toContain('附件槽位“nope”未在 attachments 中定义');
    expect(messages).toContain('属于分组 /teachers，只能放在该分组内');
    expect(messages).toContain('重复');
  });

  it('refuses a group that is not an array and a schema ajv cannot compile', () => {
    const d = fresh();
    d.layout.steps[1].sections[0].items.push({ group: '/region', items: [] });
    expect(checkDefinition(d).problems.map((p) => p.message).join()).toContain('必须是数组');
    const e = fresh();
    e.schema.properties.region.format = 'no-such-format';
    const result = checkDefinition(e);
    expect(result.problems[0]).toMatchObject({ pointer: '/schema', message: expect.stringContaining('无法编译') });
    // A caller that compiles the schema itself (compileForm) skips that step.
    expect(checkDefinition(e, 'x', undefined, {}, { compileSchema: false }).problems).toEqual([]);
  });

  it('refuses a summary field that is not a field of its group, and a display it does not know', () => {
    const d = fresh();
    d.layout.steps[1].sections[0].items.push({ group: '/teachers', display: 'summary', summary: ['/name', '/nope'], items: [{ field: '/name' }] });
    const result = checkDefinition(d);
    expect(result.problems.map((p) => `${p.pointer} ${p.message}`).join('\n')).toMatch(/\/summary\/1 摘要字段“\/nope”不是分组“\/teachers”的字段/);
    const e = fresh();
    e.layout.steps[1].sections[0].items.push({ group: '/teachers', display: 'cards', items: [{ field: '/name' }] });
    expect(checkDefinition(e).ok).toBe(false);
  });

  it('never throws on values that are not definitions', () => {
    for (const v of [null, 1, 'x', [], { id: 5 }]) expect(checkDefinition(v).ok).toBe(false);
  });

  describe('the mistakes a host met at the door (issue 13 item 5)', () => {
    it('a layout typo (/nmae) names no schema property: pointer and line', () => {
      const d = fresh();
      d.layout.steps[1].sections[0].items[0] = { field: '/nmae' };
      const [p] = checkDefinition(d, 'mine.json', JSON.stringify(d, null, 2)).problems;
      expect(p).toMatchObject({ pointer: '/layout/steps/1/sections/0/items/0/field', message: '字段“/nmae”在数据结构（schema）中不存在', line: expect.any(Number), column: expect.any(Number) });
    });

    it('a step without sections and a definition without attachments are refused, never thrown at', () => {
      const d = fresh();
      delete d.layout.steps[1].sections;
      expect(checkDefinition(d).problems).toEqual([expect.objectContaining({ pointer: '/layout/steps/1/sections', message: '缺少必填项“sections”' })]);
      const e = fresh();
      delete e.attachments;
      expect(checkDefinition(e).problems).toEqual([expect.objectContaining({ pointer: '/attachments', message: '缺少必填项“attachments”' })]);
    });

    it('a plain-string title is refused with the object to write instead (never dropped silently)', () => {
      const d = fresh();
      d.title = '我的表单';
      d.layout.steps[1].title = '基本信息';
      const problems = checkDefinition(d).problems;
      expect(problems).toContainEqual(expect.objectContaining({ pointer: '/title', message: '多语言文本应写成对象 {"zh-CN": "我的表单"}（可加 "en"），不能是字符串' }));
      expect(problems).toContainEqual(expect.objectContaining({ pointer: '/layout/steps/1/title', message: expect.stringContaining('{"zh-CN": "基本信息"}') }));
    });

    it('an unknown dictionary (x-dictionary: "ethnicities") is named with the ones there are', () => {
      const d = fresh();
      d.schema.properties.applicant.properties.ethnicity = { type: 'string', title: '民族', 'x-dictionary': 'ethnicities' };
      const result = checkDefinition(d, 'mine.json', JSON.stringify(d, null, 2));
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([
        expect.objectContaining({ pointer: '/schema/properties/applicant/properties/ethnicity/x-dictionary', message: expect.stringMatching(/^字典“ethnicities”不存在（已有：.*ethnicity.*由宿主查询提供的字典须列在 dictionaries 中）$/), line: expect.any(Number) }),
      ]);
    });

    it('a dictionary the host registers is known when its registry is given', () => {
      const d = fresh();
      d.schema.properties.applicant.properties.ethnicity = { type: 'string', title: '民族', 'x-dictionary': 'ethnicities' };
      const dictionaries = createDictionaryRegistry([{ id: 'ethnicities', label: { 'zh-CN': '民族' }, items: [] }]);
      expect(checkDefinition(d, 'mine.json', undefined, {}, { dictionaries }).problems).toEqual([]);
      // …or when the definition declares it as one the host looks up (work-unit's `unit`).
      d.dictionaries.push('ethnicities');
      expect(checkDefinition(d).problems).toEqual([]);
    });
  });
});
