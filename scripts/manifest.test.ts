/**
 * Issue 8 item 16, a clean checkout stays clean: `packages/ui/custom-elements.json` is generated
 * (`pnpm manifest`, run by prepare, test and storybook), never tracked, and the same sources give
 * the same bytes, so no run of Storybook or of the tests leaves a diff behind.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'node_modules/.bin/custom-elements-manifest');

/** Runs the analyzer as `pnpm manifest` does, into `outdir`; answers the manifest's text. */
function analyze(outdir: string): string {
  execFileSync(cli, ['analyze', '--config', 'packages/ui/custom-elements-manifest.config.mjs', '--litelement', '--globs', 'packages/ui/src/elements/**/*.ts', '--exclude', '**/*.test.ts', '--exclude', '**/*.stories.ts', '--outdir', relative(root, outdir)], { cwd: root, stdio: 'pipe' });
  return readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
}

describe('custom-elements.json', () => {
  it('is ignored by git and not tracked', () => {
    expect(execFileSync('git', ['check-ignore', 'packages/ui/custom-elements.json'], { cwd: root, encoding: 'utf8' }).trim()).toBe('packages/ui/custom-elements.json');
    expect(execFileSync('git', ['ls-files', 'packages/ui/custom-elements.json'], { cwd: root, encoding: 'utf8' })).toBe('');
  });

  it('is generated the same twice, with every element tagged and no absolute path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenbao-manifest-'));
    try {
      const first = analyze(join(dir, 'a'));
      const second = analyze(join(dir, 'b'));
      expect(second).toBe(first);
      const manifest = JSON.parse(first) as { modules: { declarations?: { tagName?: string }[] }[] };
      const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
      expect(tags).toEqual(expect.arrayContaining(['shenbao-form', 'shenbao-review-panel', 'shenbao-timeline', 'shenbao-upload']));
      expect(first).not.toContain(root);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
