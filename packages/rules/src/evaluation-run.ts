/**
 * The state one `evaluate()` call builds up, phase by phase: the inputs as sanitized, what the fired
 * rules' effects said, and the issues so far.
 */
import { createIssue, type CompiledForm, type Issue, type Locale } from '@shenbao/core';
import type { Plan } from './evaluation-plan.js';
import type { ResolvedPack } from './pack-types.js';

/** Everything the phases of one evaluation share. */
export interface EvaluationRun {
  locale: Locale;
  form: CompiledForm;
  pack: ResolvedPack;
  plan: Plan;
  data: unknown;
  context: unknown;
  /** Param values by name, as rules and messages read them. */
  paramValues: Record<string, unknown>;
  issues: Issue[];
  /** Paths that already carry an issue (one issue per path from the later phases). */
  issuePaths: Set<string>;
  /** Concrete target → id of the rule that showed / hid / required it. */
  shown: Map<string, string>;
  hiddenBy: Map<string, string>;
  required: Map<string, string>;
  /** Slot instance path → count limits set by `attachment` effects. */
  slotRules: Map<string, { min: number; max: number; rules: string[] }>;
  /** Pointer → value of `set` effects, and the rule that set it. */
  computed: Record<string, unknown>;
  computedBy: Map<string, string>;
}

/** Adds an issue and remembers its path. */
export function addIssue(run: EvaluationRun, issue: Issue): void {
  run.issues.push(issue);
  run.issuePaths.add(issue.path);
}

/** Adds a `pack-error` issue (a rule or pack that cannot work as written). */
export function addPackError(run: Pick<EvaluationRun, 'issues' | 'issuePaths' | 'locale'>, detail: string, source: string, path = ''): void {
  const params = { detail };
  (run as EvaluationRun).issues.push(createIssue('pack-error', params, path, source, run.locale));
  run.issuePaths.add(path);
}

/** Adds a `pack-conflict` issue: two rules disagree about one target. */
export function addConflict(run: EvaluationRun, target: string, rules: string[]): void {
  const params = { target, rules: rules.join('、') };
  addIssue(run, createIssue('pack-conflict', params, target.startsWith('/') ? target : '', rules.join(','), run.locale));
}
