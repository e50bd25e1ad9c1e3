/**
 * The problems a reviewer is shown. A reviewer reads the record with identity and phone numbers
 * masked (COMMON-4); checking those display values (`4201**********0018`) says nothing about the
 * record — every masked number would read as invalid, and rules that read it (实名认证 一致) would
 * misfire. So the review desk lists the verdict of the real data, as the host's back end computed
 * it (`recordIssues`, e.g. the reference server's `issues` of a reviewer's record view). Without it,
 * the form's own verdict is listed without anything about a masked value.
 */
import { getAt, type Issue } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';

/** A display value masked for this reader (core's masks keep 3–4 characters at each end, `*` between). */
const maskedValue = /\*{4,}/;

/**
 * The issues a review desk lists: the host's verdict of the real record when given, else the own
 * evaluation's issues except those at a masked path (or at a value that reads masked).
 */
export function reviewIssues(evaluation: Evaluation | undefined, recordIssues: readonly Issue[] | undefined, maskedPaths: readonly string[], value: unknown): Issue[] {
  if (recordIssues) return [...recordIssues];
  if (!evaluation) return [];
  const masked = new Set(maskedPaths);
  return evaluation.issues.filter((issue) => {
    if (masked.has(issue.path)) return false;
    const at = getAt(value, issue.path);
    return !(typeof at === 'string' && maskedValue.test(at));
  });
}

/** The evaluation with its issues replaced (what the issue list reads). */
export function withIssues(evaluation: Evaluation | undefined, issues: Issue[]): Evaluation | undefined {
  return evaluation ? { ...evaluation, issues } : undefined;
}
