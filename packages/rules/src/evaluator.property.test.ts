/**
 * The scoped evaluator equals `evaluate()`: random edit sequences over the scenarios of every
 * built-in form, each edit made in place (as the form's store does) and followed by
 * `evaluator.update(data, [pointer])`, compared with a whole `evaluate()` of a copy after every edit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePointer, type FormDefinition } from '@shenbao/core';
import { evaluate, type Evaluation } from './evaluate.js';
import { createEvaluator } from './evaluator.js';
import type { RulePack } from './pack-types.js';
import { resolvePack } from './resolve-pack.js';

const formsDir = join(import.meta.dirname, '../../forms');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const forms = readdirSync(formsDir).filter((d) => existsSync(join(formsDir, d, 'definition.json'))).sort();

/** Every pointer of a value's leaves and lists (`/teachers`, `/teachers/0/name` …). */
function pointersOf(value: unknown, at = '', out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  const add = (p: string, v: unknown) => (out.get(p) ?? out.set(p, []).get(p)!).push(v);
  if (Array.isArray(value)) {
    add(at, value);
    value.forEach((item, i) => pointersOf(item, `${at}/${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pointersOf(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else if (at !== '') add(at, value);
  return out;
}

/** Sets (or deletes, for `undefined`) a value in place, creating objects and lists on the way. */
function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  let node = root as Record<string, unknown>;
  for (let i = 0; i < tokens.length - 1; i++) {
    let child = node[tokens[i]!];
    if (typeof child !== 'object' || child === null) node[tokens[i]!] = child = /^\d+$/.test(tokens[i + 1]!) ? [] : {};
    node = child as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = structuredClone(value);
}

/** What a caller reads of an evaluation. */
const seen = (e: Evaluation) => JSON.stringify({ issues: e.issues, visible: e.visible, required: e.required, attachments: e.attachments, computed: e.computed, declaration: e.declaration, complete: e.complete });

describe('createEvaluator(…).update equals evaluate()', () => {
  for (const id of forms) {
    it(`${id}: random edits over its scenarios`, async () => {
      const dir = join(formsDir, id);
      const definition = readJson(join(dir, 'definition.json')) as FormDefinition;
      const packs = readdirSync(join(dir, 'rules')).filter((f) => f.endsWith('.json')).map((f) => readJson(join(dir, 'rules', f)) as RulePack);
      const scenarios = readdirSync(join(dir, 'scenarios')).filter((f) => f.endsWith('.json')).map((f) => readJson(join(dir, 'scenarios', f)) as { data: unknown; context?: unknown; year?: number });
      const byPointer = new Map<string, unknown[]>();
      for (const s of scenarios) for (const [p, vs] of pointersOf(s.data)) byPointer.set(p, [...(byPointer.get(p) ?? []), ...vs]);
      const pointers = [...byPointer.keys()].sort();
      const edit = fc.constantFrom(...pointers).chain((pointer) =>
        fc.record({ pointer: fc.constant(pointer), value: fc.oneof(fc.constantFrom(...byPointer.get(pointer)!), fc.constantFrom(undefined, '', ' ', '420106', 'x'.repeat(60), 0, true, null), fc.string({ maxLength: 6 })) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.nat(scenarios.length - 1), fc.array(edit, { minLength: 1, maxLength: 12 }), async (which, edits) => {
          const scenario = scenarios[which]!;
          const pack = resolvePack(packs, scenario.year ?? Math.max(...packs.map((p) => p.year)));
          const evaluator = createEvaluator(definition, pack);
          const data = structuredClone(scenario.data) as Record<string, unknown>;
          const context = scenario.context ?? {};
          expect(seen(await evaluator.evaluate(data, context))).toBe(seen(await evaluate(definition, pack, structuredClone(data), context)));
          for (const { pointer, value } of edits) {
            setAt(data, pointer, value);
            const scoped = await evaluator.update(data, [pointer], context);
            expect(seen(scoped)).toBe(seen(await evaluate(definition, pack, structuredClone(data), context)));
          }
        }),
        { numRuns: 60 },
      );
    }, 120_000);
  }
});
