/**
 * A problem found in a definition, rule pack or scenario file, and its one-line form for terminals
 * and logs. Apart from the checks (check-definition.ts) so that reporting a problem does not load them.
 */

/** One problem with a definition, rule pack or scenario file. */
export interface FileProblem {
  file: string;
  /** JSON Pointer into the file. */
  pointer: string;
  message: string;
  /** 1-based line and column, when the source text was given. */
  line?: number;
  column?: number;
}

/** Formats a problem as `file:line:column#/pointer message` for terminals and logs. */
export function formatProblem(p: FileProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where} ${p.pointer || '/'}：${p.message}`;
}
