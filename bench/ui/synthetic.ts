/**
 * The synthetic form of the UI benchmark, generated in code: N text fields, all required, maxLength
 * 50, in sections of 10 on ONE wizard step; every 10th field is shown only when the one before it
 * is filled (N/10 `show` rules, each conditioned on `notEmpty` of the previous field).
 *
 * The page builds the definition and the pack with {@link syntheticForm}; the bench driver checks
 * the very same output with core's `checkDefinition` and the rules' `lintPack` (see
 * {@link checkSynthetic}) before measuring anything.
 */
import { checkDefinition, type FormDefinition } from '@shenbao/core';
import { lintPack, type RulePack } from '@shenbao/rules';

/** The year of the synthetic pack. */
export const syntheticYear = 2024;

/** The data key of field `i` (1-based): `f0001`. */
export const fieldKey = (i: number): string => `f${String(i).padStart(4, '0')}`;

/** True for a field that a `show` rule controls (every 10th: 10, 20, …). */
export const isConditional = (i: number): boolean => i % 10 === 0;

/** The sections of the synthetic form: ids, titles and the field keys of each (10 a section). */
export function syntheticSections(n: number): { id: string; title: string; keys: string[] }[] {
  const sections: { id: string; title: string; keys: string[] }[] = [];
  for (let s = 0; s * 10 < n; s++) {
    const keys: string[] = [];
    for (let i = s * 10 + 1; i <= Math.min(n, s * 10 + 10); i++) keys.push(fieldKey(i));
    sections.push({ id: `s${String(s + 1).padStart(3, '0')}`, title: `第 ${s + 1} 组`, keys });
  }
  return sections;
}

/** The label of field `i`. */
export const fieldLabel = (i: number): string => `字段 ${i}`;

/** The definition and the (single, resolved-ready) rule pack of the synthetic form with `n` fields. */
export function syntheticForm(n: number): { definition: FormDefinition; pack: RulePack } {
  if (!Number.isInteger(n) || n < 10 || n % 10 !== 0) throw new Error(`n must be a multiple of 10, got ${n}`);
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (let i = 1; i <= n; i++) {
    properties[fieldKey(i)] = { type: 'string', title: fieldLabel(i), 'x-title-en': `Field ${i}`, minLength: 1, maxLength: 50 };
    required.push(fieldKey(i));
  }
  const id = `bench-synthetic-${n}`;
  const definition = {
    id,
    version: '1.0.0',
    title: { 'zh-CN': `基准测试表单（${n} 个字段）`, en: `Benchmark form (${n} fields)` },
    requirements: [{ id: 'BENCH-1', summary: '每组第 10 个字段在第 9 个字段填写后显示', ui: true }],
    schema: { type: 'object', additionalProperties: false, required, properties },
    attachments: [],
    layout: {
      steps: [
        {
          id: 'all',
          title: { 'zh-CN': '全部字段', en: 'All fields' },
          sections: syntheticSections(n).map((s) => ({ id: s.id, title: { 'zh-CN': s.title }, items: s.keys.map((k) => ({ field: `/${k}` })) })),
        },
      ],
    },
  } as unknown as FormDefinition;
  const rules: RulePack['rules'] = [];
  for (let i = 10; i <= n; i += 10) {
    rules.push({
      id: `BENCH-1.show-${fieldKey(i)}`,
      description: `${fieldLabel(i - 1)} 填写后显示 ${fieldLabel(i)}`,
      conditions: { all: [{ fact: 'data', path: `/${fieldKey(i - 1)}`, operator: 'notEmpty', value: true }] },
      event: { type: 'show', params: { fields: [`/${fieldKey(i)}`] } },
    } as RulePack['rules'][number]);
  }
  const pack = { form: id, year: syntheticYear, rules } as RulePack;
  return { definition, pack };
}

/** Problems of the synthetic form of size `n` by core's definition check and the rules' pack lint (empty when fine). */
export function checkSynthetic(n: number): string[] {
  const { definition, pack } = syntheticForm(n);
  const checked = checkDefinition(definition, `${definition.id}/definition.json`);
  if (!checked.ok) return checked.problems.map((p) => `${p.file} ${p.pointer}: ${p.message}`);
  return lintPack(pack, definition, `${definition.id}/rules/${syntheticYear}.json`).map((p) => `${p.file} ${p.pointer}: ${p.message}`);
}
