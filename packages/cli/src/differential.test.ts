/**
 * The compiled runtime against json-rules-engine (the reference semantics): every scenario of every
 * built-in form through both engines (fired rules and the whole evaluation), then 10,000 generated
 * (pack, data) pairs — random all/any/not trees over every registered operator, every fact, missing
 * facts, params, value fact-references, priorities, forEach rules — asserting the same fired rules in
 * the same order, or an error from both. Objects are plain (as `JSON.parse` builds them): json-rules-engine
 * throws on some comparisons with prototype-less objects, which no declaration can contain.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { compilePack, evaluate, allOperators, resolvePack, resolveStandalone } from '@shenbao/rules';
import type { PackRule, RulePack, FiredRule, RunFacts } from '@shenbao/rules';
import { loadForms } from './load-forms.js';
import { createReferenceRuntime, referenceEngine } from '@shenbao/rules/reference';

type Outcome = { fired: string[] } | { error: true };
const names = (fired: FiredRule[]) => fired.map((f) => `${f.rule.id}#${f.index ?? ''}`);

async function reference(pack: ReturnType<typeof resolveStandalone>, facts: RunFacts): Promise<Outcome> {
  try {
    return { fired: names(await createReferenceRuntime(pack).run(facts)) };
  } catch {
    return { error: true };
  }
}

function compiled(pack: ReturnType<typeof resolveStandalone>, facts: RunFacts): Outcome {
  try {
    return { fired: names(compilePack(pack).run(facts)) };
  } catch {
    return { error: true };
  }
}

describe('differential: every scenario of every form', async () => {
  const bundles = (await loadForms()).filter((b) => b.definition);
  it('has forms with scenarios to compare', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(7);
    expect(bundles.reduce((n, b) => n + b.scenarios.length, 0)).toBeGreaterThan(100);
  });
  for (const bundle of bundles) {
    it(`${bundle.id}: the same fired rules and the same evaluation on all ${bundle.scenarios.length} scenarios`, async () => {
      const definition = bundle.definition!.value as FormDefinition;
      const packs = bundle.packs.map((p) => p.value);
      const latest = Math.max(...packs.map((p) => p.year));
      let firedSomething = 0;
      for (const { value: s, file } of bundle.scenarios) {
        const pack = resolvePack(packs, s.year ?? latest);
        const compiledRun = compilePack(pack);
        const facts: RunFacts = { data: s.data, context: { today: '2024-05-01', ...(s.context ?? {}) }, params: compiledRun.paramValues };
        const want = await reference(pack, facts);
        expect(compiled(pack, facts), file).toEqual(want);
        if ('fired' in want && want.fired.length) firedSomething++;
        const viaCompiled = await evaluate(definition, pack, s.data, s.context ?? {});
        const viaReference = await evaluate(definition, pack, s.data, s.context ?? {}, { engine: referenceEngine });
        expect({ ...viaCompiled }, file).toEqual({ ...viaReference });
      }
      expect(firedSomething).toBeGreaterThan(0);
    });
  }
});

// ---- generated packs and data ----

const operators = [...allOperators.keys()];
const pointers = ['', '/a', '/b', '/n', '/d', '/list', '/list/0', '/list/0/k', '/list/1/v', '/missing', '/a/b', '/k', '/v'];
const scalar = fc.oneof(
  fc.constantFrom('a', 'b', '', '  ', '1', '2.5', 'x1', '2020-01-01', '2020-06', '2021', '2024-05-01', '2019-12-31'),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(0.5, true, false, null),
);
const literal = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'k'), scalar, { maxKeys: 2, noNullPrototype: true }) },
);
const facts = ['data', 'context', 'params', 'count', 'item', 'index'] as const;
const countParams = fc.record(
  { path: fc.constantFrom('/list', '/other', '/a', '/missing'), where: fc.dictionary(fc.constantFrom('/k', '/v', '/k/0'), scalar, { maxKeys: 2, noNullPrototype: true }) },
  { requiredKeys: ['path'], noNullPrototype: true },
);
const factRef = fc.record(
  { fact: fc.constantFrom(...facts), path: fc.constantFrom(...pointers), params: countParams },
  { requiredKeys: ['fact'], noNullPrototype: true },
);
const leaf = fc.record(
  {
    fact: fc.constantFrom(...facts),
    path: fc.constantFrom(...pointers),
    params: countParams,
    operator: fc.constantFrom(...operators),
    value: fc.oneof({ weight: 4, arbitrary: literal }, { weight: 1, arbitrary: factRef }),
    priority: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: ['fact', 'operator', 'value'], noNullPrototype: true },
);
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 3, arbitrary: leaf }, { weight: 2, arbitrary: tie('tree') }),
  tree: fc.oneof(
    fc.record({ all: fc.array(tie('node'), { maxLength: 4 }) }, { noNullPrototype: true }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 4 }) }, { noNullPrototype: true }),
    fc.record({ not: tie('node') }, { noNullPrototype: true }),
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }), priority: fc.integer({ min: 1, max: 3 }) }, { noNullPrototype: true }),
  ),
}));
const rule = fc.record(
  { conditions: tree, forEach: fc.constantFrom('/list', '/other'), priority: fc.integer({ min: 1, max: 3 }) },
  { requiredKeys: ['conditions'], noNullPrototype: true },
);
const pack = fc.record(
  {
    rules: fc.array(rule, { minLength: 1, maxLength: 6 }),
    params: fc.dictionary(fc.constantFrom('a', 'b', 'n', 'd'), literal, { maxKeys: 3, noNullPrototype: true }),
  },
  { noNullPrototype: true },
);
const item = fc.oneof(
  fc.dictionary(fc.constantFrom('k', 'v', 'a', 'd'), literal, { maxKeys: 3, noNullPrototype: true }),
  scalar,
);
const record = fc.dictionary(fc.constantFrom('a', 'b', 'n', 'd', 'k', 'v'), literal, { maxKeys: 4, noNullPrototype: true });
const data = fc.record(
  { a: fc.oneof(literal, record), b: literal, n: literal, d: literal, list: fc.array(item, { maxLength: 3 }), other: fc.oneof(fc.array(item, { maxLength: 2 }), scalar) },
  { requiredKeys: [], noNullPrototype: true },
);
const context = fc.record({ today: fc.constantFrom('2024-05-01', '2020-06'), a: literal, d: literal }, { requiredKeys: [], noNullPrototype: true });

describe('differential: generated packs and data', () => {
  it('fires the same rules in the same order as json-rules-engine on 10,000 generated (pack, data) pairs', async () => {
    let fired = 0;
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(pack, data, context, async (p, d, c) => {
        const source: RulePack = {
          form: 'gen',
          year: 2024,
          params: Object.fromEntries(Object.entries(p.params).map(([k, value]) => [k, { value, description: '生成的参数' }])),
          rules: p.rules.map((r, i) => ({ id: `GEN-${i + 1}`, description: '生成的规则', ...r, event: { type: 'require', params: { fields: ['/a'] } } }) as PackRule),
        };
        const resolved = resolveStandalone(source);
        const paramValues = Object.fromEntries(Object.entries(resolved.params).map(([k, v]) => [k, v.value]));
        const facts: RunFacts = { data: d, context: c, params: paramValues };
        const want = await reference(resolved, facts);
        const got = compiled(resolved, facts);
        if ('error' in want) errors++;
        else fired += want.fired.length;
        expect(got).toEqual(want);
      }),
      { numRuns: 10_000 },
    );
    // The generator must exercise both outcomes, or the comparison proves little.
    expect(fired).toBeGreaterThan(2_000);
    expect(errors).toBeGreaterThan(10);
  }, 600_000);
});
