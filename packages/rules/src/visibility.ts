/**
 * What is hidden after the rules ran: targets of `hide`, and targets of `show` rules none of which
 * fired. A pointer is hidden when it or an ancestor is a hidden root. Hidden means not applicable:
 * never required, never an issue, not part of the declaration as stored (COMMON-9).
 */
import { expandTemplate } from '@shenbao/core';
import { addConflict, type EvaluationRun } from './evaluation-run.js';
import { slotInstances } from './effects/targets.js';

/** The hidden roots of a run and a fast test for any pointer. */
export interface Visibility {
  roots: ReadonlySet<string>;
  isHidden(pointer: string): boolean;
  /** Whether some hidden root lies under or above `prefix`. */
  touches(prefix: string): boolean;
}

/** Works out visibility from the fired `show`/`hide` effects; reports a target both shown and hidden as a conflict. */
export function visibilityOf(run: EvaluationRun): Visibility {
  for (const [target, rule] of run.hiddenBy) if (run.shown.has(target)) addConflict(run, target, [run.shown.get(target)!, rule]);
  const roots = new Set<string>(run.hiddenBy.keys());
  for (const f of run.plan.showFields) {
    if (f.indexOf('*') === -1) {
      if (!run.shown.has(f) && !run.hiddenBy.has(f)) roots.add(f);
    } else for (const t of expandTemplate(f, run.data)) if (!run.shown.has(t) && !run.hiddenBy.has(t)) roots.add(t);
  }
  for (const s of run.plan.showSlots) for (const t of slotInstances(run.form, s, run.data)) if (!run.shown.has(t) && !run.hiddenBy.has(t)) roots.add(t);
  // A Set lookup for the pointer and each ancestor no shorter than the shortest root (no
  // string scans: a thousand fields against a dozen roots stays a thousand lookups or so).
  let shortest = Infinity;
  for (const root of roots) if (root !== '' && root.length < shortest) shortest = root.length;
  return {
    roots,
    isHidden(pointer) {
      if (roots.size === 0) return false;
      if (pointer !== '' && roots.has(pointer)) return true;
      for (let at = pointer.lastIndexOf('/'); at >= shortest; at = pointer.lastIndexOf('/', at - 1)) {
        if (roots.has(pointer.slice(0, at))) return true;
      }
      return false;
    },
    touches(prefix) {
      for (const root of roots) if (root.startsWith(prefix) || prefix.startsWith(root)) return true;
      return false;
    },
  };
}
