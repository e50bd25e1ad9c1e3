/**
 * The live evidence of a draft year: the same lint as `shenbao rules check`, the same diff as
 * `shenbao rules diff` against the parent year, and every scenario run against the draft and
 * against the parent, with requirement coverage. Pure (no DOM, no files).
 */
import { ajvCompiler, useSchemaCompiler, type FileProblem, type FormDefinition } from '@shenbao/core';
import { coverageOf, diffPacks, lintPack, runScenario, type PackDiff, type RulePack, type Scenario, type ScenarioResult } from '@shenbao/rules';
import { resolveWithParent } from './pack-edit.js';

// The lint and the scenario runs compile the draft's definition at run time: install ajv's compiler
// here, so a bundle of the studio keeps it (core installs it by itself only when loaded whole).
useSchemaCompiler(ajvCompiler);

/** A scenario with the name of its file. */
export interface NamedScenario {
  name: string;
  value: Scenario;
}

/** One row of the scenario table. */
export interface ScenarioRow {
  file: string;
  name: string;
  requirements: string[];
  expectComplete: boolean;
  /** The outcome against the parent year (undefined for a year without parent). */
  before?: boolean;
  /** The outcome against the draft. */
  passed: boolean;
  failures: string[];
}

/** One requirement's coverage under the draft. */
export interface CoverageRow {
  id: string;
  passing: number;
  failing: number;
  /** Scenarios of this requirement that no longer hold. */
  broken: number;
}

/** Everything the evidence panel and the cards show. */
export interface Evidence {
  problems: FileProblem[];
  /** Problems by rule id (from `/rules/<i>` pointers) and `''` for the rest. */
  problemsByRule: Map<string, FileProblem[]>;
  diff?: PackDiff;
  rows: ScenarioRow[];
  coverage: CoverageRow[];
  /** Why the draft cannot be resolved, if it cannot. */
  error?: string;
}

/** Computes the evidence of a draft year. */
export async function evidenceOf(definition: FormDefinition, packs: readonly RulePack[], draft: RulePack, scenarios: readonly NamedScenario[]): Promise<Evidence> {
  const file = `${draft.form}/rules/${draft.year}.json`;
  const siblings = packs.filter((p) => p.year !== draft.year);
  const problems = lintPack(draft, definition, file, siblings);
  const problemsByRule = new Map<string, FileProblem[]>();
  for (const problem of problems) {
    const match = /^\/rules\/(\d+)/.exec(problem.pointer);
    const id = match ? (draft.rules[Number(match[1])]?.id ?? '') : '';
    problemsByRule.set(id, [...(problemsByRule.get(id) ?? []), problem]);
  }
  const chain = resolveWithParent(packs, draft);
  if ('error' in chain) return { problems, problemsByRule, rows: [], coverage: [], error: chain.error };
  const { resolved, parent } = chain;
  const evidence: Evidence = { problems, problemsByRule, rows: [], coverage: [] };
  if (parent) evidence.diff = diffPacks(parent, resolved);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const now = await runScenario(definition, resolved, scenario.value, scenario.name);
    const row: ScenarioRow = { file: scenario.name, name: scenario.value.name, requirements: scenario.value.requirements, expectComplete: scenario.value.expect.complete, passed: now.passed, failures: now.failures };
    if (parent) row.before = (await runScenario(definition, parent, scenario.value)).passed;
    evidence.rows.push(row);
    results.push(now);
  }
  const coverage = coverageOf(scenarios.map((s) => ({ name: s.name, requirements: s.value.requirements, expectComplete: s.value.expect.complete })));
  const broken = new Map<string, number>();
  for (const row of evidence.rows) if (!row.passed) for (const id of row.requirements) broken.set(id, (broken.get(id) ?? 0) + 1);
  const ids = new Set([...(definition.requirements ?? []).filter((r) => !r.ui && !r.coveredBy).map((r) => r.id), ...coverage.keys()]);
  evidence.coverage = [...ids].sort().map((id) => ({ id, passing: coverage.get(id)?.passing.length ?? 0, failing: coverage.get(id)?.failing.length ?? 0, broken: broken.get(id) ?? 0 }));
  return evidence;
}
