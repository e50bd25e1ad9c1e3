/**
 * The package edges of the design, checked on the source: dependencies point `ui → rules → core`;
 * no runtime package (core, rules, ui) depends on `@shenbao/forms` (only the CLI does); ui knows
 * seams, not the reference server's routes; core and rules use no DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Non-test source files of a package: no tests, stories, story helpers or browser-test support. */
export function runtimeSources(pkg: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['e2e', 'stories', 'node_modules'].includes(entry.name)) walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(root, 'packages', pkg, 'src'));
  return files.sort();
}

/** The text without comments (block, line), so a comment naming a word does not count. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `file: line` for every line of the packages' runtime source that matches. */
function offenders(pkgs: string[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const pkg of pkgs) {
    for (const file of runtimeSources(pkg)) {
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  return found;
}

const manifest = (pkg: string) => JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

/** An import of `@shenbao/forms` (static, re-export, or dynamic). */
export const formsImport = /(from\s+|import\s*\(\s*|import\s+)['"]@shenbao\/forms(\/[^'"]*)?['"]/;
/** An import (static, re-export, side-effect or dynamic) of one of the named packages. */
export const importOf = (names: string) => new RegExp(`(from\\s+|import\\s*\\(\\s*|^\\s*import\\s+)['"]@shenbao\\/(${names})(\\/[^'"]*)?['"]`);
/** A string literal naming a reference-server route or its actor headers. */
export const serverRoute = /['"`][^'"`\n]*(\/records\b|\/uploads\b|\/auth\/|\/me\/|x-actor-)/;
/** A DOM global or type used as code. */
export const domReference = /\b(document|window|navigator|localStorage|sessionStorage|customElements)\s*\.|\b(HTMLElement|HTMLInputElement|ShadowRoot|DOMParser|CustomEvent|EventTarget)\b/;

describe('package edges', () => {
  it('the patterns catch what they are for (and not the neighbours)', () => {
    expect(formsImport.test("import { tcmExpertise } from '@shenbao/forms';")).toBe(true);
    expect(formsImport.test("const m = await import('@shenbao/forms/tcm-expertise');")).toBe(true);
    expect(formsImport.test("import '@shenbao/forms/scenarios';")).toBe(true);
    expect(formsImport.test("import { evaluate } from '@shenbao/rules';")).toBe(false);
    expect(importOf('ui').test("import { x } from '@shenbao/ui';")).toBe(true);
    expect(importOf('ui').test("import '@shenbao/ui/define';")).toBe(true);
    expect(importOf('ui').test("  'ui.late': 'Import \\'@shenbao/ui/define\\' before rendering',")).toBe(false);
    expect(serverRoute.test("fetch(`${base}/records/${id}`)")).toBe(true);
    expect(serverRoute.test("headers: { 'x-actor-id': id }")).toBe(true);
    expect(serverRoute.test("const pointer = '/applicant/records';")).toBe(true);
    expect(serverRoute.test('const label = recordsLabel;')).toBe(false);
    expect(domReference.test('document.createElement("div")')).toBe(true);
    expect(domReference.test('const el: HTMLElement = x;')).toBe(true);
    expect(domReference.test("const kind = 'document';")).toBe(false);
    expect(domReference.test("id: 'document-type',")).toBe(false);
    expect(withoutComments('a // document.body\n/* window */ b')).toBe('a \n b');
  });

  it('rules and ui (runtime source and dependencies) do not import @shenbao/forms; core neither', () => {
    expect(offenders(['core', 'rules', 'ui'], formsImport)).toEqual([]);
    for (const pkg of ['core', 'rules', 'ui']) expect(Object.keys(manifest(pkg).dependencies ?? {}), pkg).not.toContain('@shenbao/forms');
  });

  it('only the CLI among the published packages depends on @shenbao/forms', () => {
    const dependents = ['core', 'rules', 'forms', 'cli', 'ui'].filter((pkg) => '@shenbao/forms' in (manifest(pkg).dependencies ?? {}));
    expect(dependents).toEqual(['cli']);
  });

  it('dependencies point ui → rules → core: core imports neither rules nor ui, rules not ui', () => {
    expect(offenders(['core'], importOf('rules|ui|cli'))).toEqual([]);
    expect(offenders(['rules'], importOf('ui|cli'))).toEqual([]);
  });

  it('ui names no reference-server route (/records, /uploads, /auth/, /me/) nor x-actor- header', () => {
    expect(offenders(['ui'], serverRoute)).toEqual([]);
  });

  it('core and rules use no DOM (no DOM globals in the source, no DOM lib in their tsconfig)', () => {
    expect(offenders(['core', 'rules'], domReference)).toEqual([]);
    const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { lib?: string[] } };
    for (const pkg of ['core', 'rules']) {
      const own = JSON.parse(readFileSync(join(root, 'packages', pkg, 'tsconfig.json'), 'utf8')) as { compilerOptions: { lib?: string[] } };
      expect(own.compilerOptions.lib ?? base.compilerOptions.lib ?? [], pkg).not.toContain('DOM');
    }
  });
});
