/**
 * Scenarios: declarations with their expected evaluation. `shenbao rules test` and the test suite
 * run them; Storybook shows them. A scenario passes when every expectation it states holds.
 */
import scenarioMetaSchema from '../schema/scenario.schema.json' with { type: 'json' };
import { createMetaAjv, getAt, metaProblems, type FileProblem, type FormDefinition, type Scenario } from '@shenbao/core';

export type { Scenario } from '@shenbao/core';
import { evaluate, type EvaluateOptions, type Evaluation } from './evaluate.js';
import type { ResolvedPack } from './pack-types.js';

/** The outcome of one scenario. */
export interface ScenarioResult {
  name: string;
  file?: string;
  requirements: string[];
  year: number;
  passed: boolean;
  /** What did not hold, in Chinese. */
  failures: string[];
  evaluation: Evaluation;
}

let metaValidator: ReturnType<ReturnType<typeof createMetaAjv>['compile']> | undefined;

/** Checks a scenario file against the scenario meta-schema. */
export function checkScenarioShape(value: unknown, file: string): FileProblem[] {
  metaValidator ??= createMetaAjv().compile(scenarioMetaSchema);
  if (metaValidator(value)) return [];
  return metaProblems(metaValidator.errors, file, '场景不符合格式要求');
}

const key = (i: { path: string; code: string }) => `${i.path} ${i.code}`;

/** Runs one scenario against the pack of its year. */
export async function runScenario(definition: FormDefinition, pack: ResolvedPack, scenario: Scenario, file?: string, options: EvaluateOptions = {}): Promise<ScenarioResult> {
  const evaluation = await evaluate(definition, pack, scenario.data, scenario.context ?? {}, options);
  const failures: string[] = [];
  const e = scenario.expect;
  if (evaluation.complete !== e.complete) failures.push(`complete 应为 ${e.complete}，实际为 ${evaluation.complete}`);
  if (e.issues) {
    const want = new Set(e.issues.map(key));
    const got = new Set(evaluation.issues.map(key));
    for (const k of want) if (!got.has(k)) failures.push(`缺少预期的问题：${k}`);
    for (const issue of evaluation.issues) if (!want.has(key(issue))) failures.push(`出现意外的问题：${key(issue)}（${issue.message}）`);
    for (const w of e.issues) {
      if (w.message === undefined) continue;
      const found = evaluation.issues.find((i) => key(i) === key(w));
      if (found && found.message !== w.message) failures.push(`问题 ${key(w)} 的提示应为“${w.message}”，实际为“${found.message}”`);
    }
  }
  for (const p of e.required ?? []) if (!evaluation.required[p]) failures.push(`${p} 应为必填`);
  for (const p of e.notRequired ?? []) if (evaluation.required[p]) failures.push(`${p} 不应为必填`);
  for (const p of e.visible ?? []) if (evaluation.visible[p] !== true && evaluation.attachments[p]?.visible !== true) failures.push(`${p} 应显示`);
  for (const p of e.hidden ?? []) if (evaluation.visible[p] !== false && evaluation.attachments[p]?.visible !== false) failures.push(`${p} 应隐藏`);
  for (const [p, want] of Object.entries(e.attachments ?? {})) {
    const got = evaluation.attachments[p];
    if (!got) failures.push(`附件 ${p} 不存在`);
    else {
      if (want.min !== undefined && got.min !== want.min) failures.push(`附件 ${p} 最少数量应为 ${want.min}，实际为 ${got.min}`);
      if (want.max !== undefined && got.max !== want.max) failures.push(`附件 ${p} 最多数量应为 ${want.max}，实际为 ${got.max}`);
    }
  }
  for (const [p, want] of Object.entries(e.computed ?? {})) {
    if (JSON.stringify(evaluation.computed[p]) !== JSON.stringify(want)) failures.push(`计算值 ${p} 应为 ${JSON.stringify(want)}，实际为 ${JSON.stringify(evaluation.computed[p])}`);
  }
  for (const p of e.notStored ?? []) {
    if (getAt(scenario.data, p) === undefined) failures.push(`${p} 在场景数据中没有值，notStored 无从检验`);
    else if (getAt(evaluation.declaration, p) !== undefined) failures.push(`${p} 不应随申报提交（当前不适用）`);
  }
  for (const p of e.stored ?? []) if (getAt(evaluation.declaration, p) === undefined) failures.push(`${p} 应随申报提交`);
  const result: ScenarioResult = { name: scenario.name, requirements: scenario.requirements, year: pack.year, passed: failures.length === 0, failures, evaluation };
  if (file !== undefined) result.file = file;
  return result;
}

/** Requirement id → the scenarios covering it, split by expected outcome. */
export type Coverage = Map<string, { passing: string[]; failing: string[] }>;

/** Builds the coverage table of scenario results. */
export function coverageOf(results: readonly { name: string; requirements: string[]; expectComplete: boolean }[]): Coverage {
  const coverage: Coverage = new Map();
  for (const r of results) {
    for (const id of r.requirements) {
      const row = coverage.get(id) ?? { passing: [], failing: [] };
      (r.expectComplete ? row.passing : row.failing).push(r.name);
      coverage.set(id, row);
    }
  }
  return coverage;
}
