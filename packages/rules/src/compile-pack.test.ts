import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, compiledPackOf } from './compile-pack.js';
import type { RulePack } from './pack-types.js';
import { resolveStandalone } from './resolve-pack.js';

const tcmPack = JSON.parse(readFileSync(join(import.meta.dirname, '../../forms/tcm-expertise/rules/2024.json'), 'utf8')) as RulePack;

describe('compiled packs', () => {
  it('are compiled once per pack object', () => {
    const pack = resolveStandalone(tcmPack);
    expect(compiledPackOf(pack)).toBe(compiledPackOf(pack));
    expect(compiledPackOf(resolveStandalone(tcmPack))).not.toBe(compiledPackOf(pack));
  });

  it('expose which pointers each rule reads (a dependency index)', () => {
    const { reads } = compilePack(resolveStandalone(tcmPack));
    expect(reads.get('TCM-4.recommender-count')).toEqual({ data: ['/teachers'], params: ['/minRecommenders'] });
    expect(reads.get('TCM-1.recommender-region')).toMatchObject({ item: expect.arrayContaining(['/role']) });
    expect(reads.get('TCM-2.show')).toEqual({ data: ['/candidateType'] });
  });

  it('say which rule cannot be compiled', () => {
    const broken = resolveStandalone({ ...tcmPack, rules: [{ ...tcmPack.rules[0]!, conditions: { all: 'x' } as never }] });
    expect(() => compilePack(broken)).toThrow(/^规则 TCM-1\.recommender-region：/);
  });

  it('contain no eval or new Function anywhere in the runtime (CSP script-src self)', () => {
    const files = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(20);
    const code = (f: string) => readFileSync(join(import.meta.dirname, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const f of files) expect(code(f), f).not.toMatch(/\bnew Function\b|\beval\(|Function\(/);
  });
});
