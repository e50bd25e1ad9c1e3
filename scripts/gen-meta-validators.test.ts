import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetaAjv, type DataValidator, type JsonSchema } from '@shenbao/core';
import { builtinForms } from '@shenbao/forms';
import { validate as definitionMeta } from '../packages/core/src/generated/definition-meta-validator.js';
import { validate as packMeta } from '../packages/rules/src/generated/rule-pack-meta-validator.js';
import { generatedMetaValidatorFiles, metaValidatorTargets } from './gen-meta-validators.js';

const root = join(import.meta.dirname, '..');
const files = generatedMetaValidatorFiles();

/** Every pointer of a JSON value (objects and arrays), up to `most` of them, in document order. */
function pointers(value: unknown, at = '', out: string[] = [], most = 400): string[] {
  if (out.length >= most || typeof value !== 'object' || value === null) return out;
  out.push(at);
  for (const [k, v] of Object.entries(value)) pointers(v, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, out, most);
  return out;
}

/** A copy of `value` with `change` applied to the object or array at `pointer`. */
function mutated(value: unknown, pointer: string, change: (node: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(value);
  let node = copy as Record<string, unknown>;
  for (const token of pointer.split('/').slice(1)) node = node[token.replaceAll('~1', '/').replaceAll('~0', '~')] as Record<string, unknown>;
  change(node);
  return copy;
}

/** Broken variants of a valid document: at each node a key removed, a key added, a value of the wrong type. */
function variants(value: unknown): unknown[] {
  const out: unknown[] = [value];
  for (const pointer of pointers(value)) {
    out.push(mutated(value, pointer, (n) => void delete n[Object.keys(n)[0]!]));
    out.push(mutated(value, pointer, (n) => (Array.isArray(n) ? n.push(42) : (n['x-unknown'] = true))));
    out.push(mutated(value, pointer, (n) => (n[Object.keys(n).at(-1)!] = { nested: [null] })));
  }
  return out;
}

function sameVerdicts(precompiled: DataValidator, schemaFile: string, documents: unknown[]): void {
  const compiled = createMetaAjv().compile(JSON.parse(readFileSync(join(root, schemaFile), 'utf8')) as JsonSchema);
  let failing = 0;
  for (const document of documents) {
    const ok = compiled(document);
    expect(precompiled(document)).toBe(ok);
    expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
    if (!ok) failing++;
  }
  // Enough broken documents that the errors (not only the verdicts) are compared in earnest.
  expect(failing).toBeGreaterThan(Math.min(200, documents.length / 4));
}

describe('precompiled meta-schema validators (definition, rule pack)', () => {
  it.each(files.map(([path]) => [path.slice(root.length + 1), path]))('%s matches its meta-schema (run `pnpm gen` after editing one)', (_name, path) => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(files.find(([p]) => p === path)![1]);
  });

  it('compile nothing and import only core’s standalone helpers', () => {
    for (const [path, text] of files) {
      expect(text, path).not.toMatch(/\brequire\(|new Function|\beval\(/);
      const specifiers = [...text.matchAll(/^import (?!type).* from "([^"]+)";$/gm)].map((m) => m[1]);
      expect(specifiers.length, path).toBeGreaterThan(0);
      expect(new Set(specifiers).size, path).toBe(1);
      expect(['../standalone-formats.js', '@shenbao/core/standalone-formats']).toContain(specifiers[0]);
    }
  });

  it('give the same verdicts and errors as compiling the definition meta-schema, on every built-in definition and broken variants of it', () => {
    const target = metaValidatorTargets.find((t) => t.module.endsWith('definition-meta-validator.ts'))!;
    sameVerdicts(definitionMeta, target.schema, builtinForms.flatMap((form) => variants(form.definition)));
  });

  it('give the same verdicts and errors as compiling the rule-pack meta-schema, on every built-in pack and broken variants of it', () => {
    const target = metaValidatorTargets.find((t) => t.module.endsWith('rule-pack-meta-validator.ts'))!;
    const packs = builtinForms.flatMap((form) => Object.values(form.packs));
    expect(packs.length).toBeGreaterThanOrEqual(builtinForms.length);
    sameVerdicts(packMeta, target.schema, packs.flatMap((pack) => variants(pack)));
  });
});
