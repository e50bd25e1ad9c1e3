/** Which chunks of a Vite build a page loads at start (shared by the UI bench and bench:size). */
import type { Rollup } from 'vite';

/** The chunks of a build by file name, and the names of those loaded at start: the entries and their static imports, not the ones loaded on first use. */
export function startChunkNames(output: Rollup.RollupOutput): { chunks: Map<string, Rollup.OutputChunk>; start: Set<string> } {
  const chunks = new Map(output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const start = new Set<string>();
  const visit = (name: string) => {
    if (start.has(name)) return;
    start.add(name);
    for (const i of chunks.get(name)?.imports ?? []) visit(i);
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
  return { chunks, start };
}
