import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinition, type FormDefinition } from '@shenbao/core';
// Core's own locator (internal since issue 10): where a pointer stands in the file, as the CLI reports it.
import { locatePointer } from '../packages/core/src/parse-json.js';
import { evaluate, lintPack, resolvePack, type RulePack } from '@shenbao/rules';

/** docs/bring-your-own-form.md keeps its files complete: each `<!-- file: … -->` block is checked as that file. */
const doc = readFileSync(join(import.meta.dirname, '../docs/bring-your-own-form.md'), 'utf8');
const files = new Map([...doc.matchAll(/<!-- file: (\S+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!]));
const read = (name: string): any => JSON.parse(files.get(`my-forms/my-course/${name}`)!);

interface Scenario {
  year: number;
  data: unknown;
  expect: { complete: boolean; issues: { path: string; code: string }[] };
}

describe('docs/bring-your-own-form.md', () => {
  it('docs/formats.md shows the same complete definition', () => {
    const formats = readFileSync(join(import.meta.dirname, '../docs/formats.md'), 'utf8');
    const block = /<!-- file: my-forms\/my-course\/definition.json -->\n```json\n([\s\S]*?)\n```/.exec(formats)?.[1];
    expect(block).toBe(files.get('my-forms/my-course/definition.json'));
  });

  it('has the definition, the pack and two scenarios', () => {
    expect([...files.keys()].sort()).toEqual([
      'my-forms/my-course/definition.json',
      'my-forms/my-course/rules/2025.json',
      'my-forms/my-course/scenarios/experience-missing.json',
      'my-forms/my-course/scenarios/experience-pass.json',
    ]);
  });

  it('the definition and the pack pass the checks; the typo shown is reported where the page says', () => {
    const checked = checkDefinition(read('definition.json'));
    expect(checked.problems).toEqual([]);
    const definition = (checked as { definition: FormDefinition }).definition;
    expect(lintPack(read('rules/2025.json'), definition, 'rules/2025.json')).toEqual([]);
    const text = files.get('my-forms/my-course/rules/2025.json')!;
    const typo = text.replace(/("MC-1\.require"[\s\S]*?)"\/experience"/, '$1"/experiance"');
    const [problem] = lintPack(JSON.parse(typo), definition, 'rules/2025.json', [], typo);
    expect(problem).toMatchObject({ pointer: '/rules/1/event/params/fields/0', message: '字段“/experiance”在表单数据中不存在' });
    expect(doc).toContain(`rules/2025.json:${problem!.line}:${problem!.column} /rules/1/event/params/fields/0：字段“/experiance”在表单数据中不存在`);
    expect(locatePointer(text, '/rules/1/event/params/fields/0')).toEqual({ line: problem!.line, column: problem!.column });
  });

  it('each scenario gets the verdict it states', async () => {
    const definition = read('definition.json') as FormDefinition;
    const pack = resolvePack([read('rules/2025.json') as RulePack], 2025);
    for (const name of ['scenarios/experience-pass.json', 'scenarios/experience-missing.json']) {
      const scenario = read(name) as Scenario;
      const result = await evaluate(definition, pack, scenario.data);
      expect(result.complete, name).toBe(scenario.expect.complete);
      expect(result.issues.map((i) => ({ path: i.path, code: i.code })), name).toEqual(scenario.expect.issues);
    }
  });
});
