/**
 * Issue 10 item 7, "each export has a user": every runtime export of `@shenbao/core` (its main entry
 * and each subpath of its `exports`) is imported by name somewhere outside core — a module of another
 * package, an example host, a script, a benchmark, or a ` ```ts ` block of docs/*.md (the blocks the
 * pack-and-install test type-checks) — or, for a subpath, named by a generator that writes imports of it
 * into generated code. Tests do not count: a name only a test imports has no user.
 * A name nobody imports stays internal to core; the README's "Changes for hosts in this release"
 * lists what left the public surface.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The subpaths of core's `exports` that are modules (a `source` file), as `@shenbao/core[/sub]` → source. */
function coreEntries(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entries = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const source = typeof target === 'object' && target !== null ? (target as { source?: string }).source : undefined;
    if (source) entries.set(`@shenbao/core${key.slice(1)}`, join(root, 'packages/core', source));
  }
  return entries;
}

/** The names imported from each `@shenbao/core[/sub]` specifier in `text` (type-only names left out; `default` for a default import). */
export function importedNames(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (specifier: string, name: string) => {
    if (!found.has(specifier)) found.set(specifier, new Set());
    found.get(specifier)!.add(name);
  };
  const statement = /\b(import|export)\s+(type\s+)?([\w$]+\s*,?\s*)?(\{[^}]*\})?\s*from\s*['"](@shenbao\/core(?:\/[\w-]+)?)['"]/g;
  for (const [, , typeOnly, defaultName, braces, specifier] of text.matchAll(statement)) {
    if (typeOnly) continue;
    if (defaultName?.trim().replace(',', '')) add(specifier!, 'default');
    for (const part of (braces ?? '').slice(1, -1).split(',')) {
      const name = part.trim();
      if (!name || name.startsWith('type ')) continue;
      add(specifier!, name.split(/\s+as\s+/)[0]!.trim());
    }
  }
  return found;
}

/** The files that may use core: every tracked (or new, not ignored) file outside core that is not a test. */
function userFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'packages', 'examples', 'scripts', 'bench', 'docs'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((f) => /\.(ts|tsx|vue|js|mjs|md)$/.test(f))
    .filter((f) => !f.startsWith('packages/core/') && !/(^|\/)(node_modules|dist)\//.test(f))
    .filter((f) => !/\.test\.|\/test\/|\/e2e\//.test(f))
    .filter((f) => !f.endsWith('.md') || f.startsWith('docs/'));
}

/** A file's code: for Markdown only its ` ```ts ` blocks. */
function codeOf(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  if (!file.endsWith('.md')) return text;
  return [...text.matchAll(/^```ts[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]).join('\n');
}

describe('@shenbao/core: each runtime export has a user outside core', () => {
  it('reads imports, re-exports, renames, default imports; skips type-only names', () => {
    const names = importedNames(`
      import { a, type B, c as d } from '@shenbao/core';
      import type { E } from '@shenbao/core';
      import f, { g } from "@shenbao/core/standalone-formats";
      export { h } from '@shenbao/core';
      import { i } from '@shenbao/rules';
    `);
    expect([...names.get('@shenbao/core')!].sort()).toEqual(['a', 'c', 'h']);
    expect([...names.get('@shenbao/core/standalone-formats')!].sort()).toEqual(['default', 'g']);
    expect(names.has('@shenbao/rules')).toBe(false);
  });

  it('every runtime name of every entry is imported by a module, an example, a script, a benchmark or a docs example', async () => {
    const used = new Map<string, Set<string>>();
    const use = (specifier: string, name: string) => {
      if (!used.has(specifier)) used.set(specifier, new Set());
      used.get(specifier)!.add(name);
    };
    const entries = coreEntries();
    for (const file of userFiles()) {
      const code = codeOf(file);
      for (const [specifier, names] of importedNames(code)) for (const name of names) use(specifier, name);
      // A generator that writes imports of a subpath into generated code (the precompiled validators'
      // `@shenbao/core/standalone-formats`) names the specifier as a string and the exports it imports.
      for (const specifier of entries.keys()) {
        if (specifier === '@shenbao/core' || !code.includes(`'${specifier}'`)) continue;
        for (const word of code.match(/[\w$]+/g) ?? []) use(specifier, word);
      }
    }
    const unused: string[] = [];
    expect([...entries.keys()]).toContain('@shenbao/core');
    for (const [specifier, source] of entries) {
      const exported = Object.keys((await import(source)) as Record<string, unknown>);
      expect(exported.length, specifier).toBeGreaterThan(0);
      for (const name of exported) if (!used.get(specifier)?.has(name)) unused.push(`${specifier}: ${name}`);
    }
    expect(unused, 'exports nobody outside core imports: give each a user (docs/*.md ts example, an example host) or keep it internal and note it in the README').toEqual([]);
  });
});
