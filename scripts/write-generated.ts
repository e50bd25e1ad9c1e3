/**
 * The write-or-check step of the generators (`pnpm gen`, `gen:stories`, `gen:validators`): writes
 * each generated file whose text changed, or with `--check` only names the stale ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes the `[path, text]` files whose text differs from what is on disk (creating folders), or, when
 * `check` is set, prints each stale path with the `command` that regenerates it. Returns how many were stale.
 */
export function writeGenerated(files: Iterable<readonly [string, string]>, check: boolean, command: string): number {
  let stale = 0;
  for (const [path, text] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    stale++;
    if (check) console.error(`过期：${path}（运行 ${command}）`);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`已生成 ${path}`);
    }
  }
  return stale;
}
