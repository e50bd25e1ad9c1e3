import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  });

  it('never throws on values that are not definitions', () => {
    for (const v of [null, 1, 'x', [], { id: 5 }]) expect(checkDefinition(v).ok).toBe(false);
  });
});
