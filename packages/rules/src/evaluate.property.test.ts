import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate, type Evaluation } from './evaluate.js';
import type { RulePack } from './pack-types.js';
import { resolveStandalone } from './resolve-pack.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const tcm = JSON.parse(readFileSync(join(formDir, 'definition.json'), 'utf8')) as FormDefinition;
const pack = resolveStandalone(JSON.parse(readFileSync(join(formDir, 'rules/2024.json'), 'utf8')) as RulePack);
const pass = JSON.parse(readFileSync(join(formDir, 'scenarios/shicheng-pass.json'), 'utf8')) as { data: Record<string, unknown> };

/** Throws (so fast-check shrinks and reports) unless `e` is a well-formed Evaluation. */
function check(e: Evaluation): void {
  if (typeof e !== 'object' || e === null) throw new Error('not an object');
  if (typeof e.complete !== 'boolean') throw new Error('complete is not a boolean');
  if (!Array.isArray(e.issues)) throw new Error('issues is not an array');
  for (const i of e.issues) {
    if (typeof i.path !== 'string' || typeof i.code !== 'string' || typeof i.message !== 'string') throw new Error(`bad issue ${JSON.stringify(i)}`);
    if (i.message === '') throw new Error(`empty message for ${i.code}`);
  }
  if (e.complete !== (e.issues.length === 0)) throw new Error('complete disagrees with issues');
  for (const map of [e.visible, e.required, e.attachments, e.computed]) if (typeof map !== 'object' || map === null) throw new Error('missing map');
}

// Values shaped like a TCM declaration, so the rules and the schema see their own keys.
const value = fc.jsonValue({ maxDepth: 3 });
const teacher = fc.dictionary(
  fc.constantFrom('role', 'name', 'idNumber', 'practiceLocation', 'physicianClass', 'qualificationCertNo', 'practiceCertNo', 'attachments', '__proto__', 'x'),
  fc.oneof(value, fc.constantFrom('guidance', 'recommender', '420106', '中医')),
);
const tcmLike = fc.record(
  {
    applicant: fc.oneof(value, fc.dictionary(fc.constantFrom('name', 'idType', 'idNumber', 'mobile', 'birthDate', 'constructor'), fc.oneof(value, fc.constantFrom('id-card', '2999-01-01', '420106198503150018')))),
    region: fc.oneof(value, fc.constantFrom('420106', '420102')),
    candidateType: fc.oneof(value, fc.constantFrom('shicheng', 'practice')),
    experience: fc.oneof(value, fc.dictionary(fc.constantFrom('culturalStudy', 'origin', 'apprenticeship', 'expertiseSummary'), value)),
    teachers: fc.oneof(value, fc.array(teacher, { maxLength: 5 })),
    attachments: fc.oneof(value, fc.dictionary(fc.constantFrom('applicantIdCard', 'apprenticeshipContract', 'originProof'), fc.array(value, { maxLength: 3 }))),
  },
  { requiredKeys: [] },
);
/** The passing declaration with one key replaced by an arbitrary value. */
const mutatedPass = fc.tuple(fc.constantFrom(...Object.keys(pass.data)), value).map(([key, v]) => ({ ...pass.data, [key]: v }));
const context = fc.oneof(value, fc.record({ today: fc.oneof(value, fc.constantFrom('2024-05-01', '1900-01', 'not a date')) }, { requiredKeys: [] }));

describe('evaluate on arbitrary input (TCM form)', () => {
  it('never throws or rejects on 10,000 arbitrary JSON values as data and as context', async () => {
    let incomplete = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(value, tcmLike, mutatedPass), context, async (data, ctx) => {
        const e = await evaluate(tcm, pack, data, ctx);
        check(e);
        // The shipped pack is sound: no JSON declaration makes it fail or contradict itself.
        const broken = e.issues.find((i) => i.code === 'pack-error' || i.code === 'pack-conflict');
        if (broken) throw new Error(`${broken.code}: ${broken.message}`);
        if (!e.complete) incomplete++;
      }),
      { numRuns: 10_000 },
    );
    // Arbitrary data is almost never a complete declaration.
    expect(incomplete).toBeGreaterThan(9_000);
  });

  it('never throws or rejects on arbitrary JavaScript values (fc.anything) as data and as context', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }), fc.anything(), async (data, ctx) => {
        check(await evaluate(tcm, pack, data, ctx));
        check(await evaluate(tcm, pack, ctx, data, { locale: 'en' }));
      }),
      { numRuns: 300 },
    );
  });
});
