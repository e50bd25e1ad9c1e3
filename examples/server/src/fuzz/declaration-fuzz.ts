/**
 * The server's declaration path under fuzzing: arbitrary request text (valid JSON shaped like each
 * built-in form's data, JSON with `__proto__` / `constructor` keys, deep nesting, and broken JSON)
 * goes through exactly what `PUT /draft` and `POST /submit` do — core's `parseJson`, `sanitizeInput`,
 * then `evaluate()` with the form's newest pack. Counted: throws, slow cases (a hang shows as one),
 * and prototype pollution (checked after every case). Used by fuzz.test.ts (10⁴ cases) and
 * `pnpm fuzz` (10⁵).
 */
import fc from 'fast-check';
import { parseJson, sanitizeInput } from '@shenbao/core';
import { builtinForms, type BuiltinForm } from '@shenbao/forms';
import { evaluate, resolvePack, type RulePack } from '@shenbao/rules';

/** What a fuzz run found. */
export interface FuzzReport {
  cases: number;
  throws: string[];
  /** Cases slower than `slowMs`, with their time. */
  slow: { ms: number; form: string }[];
  polluted: boolean;
  /** Outcomes, to show the input reached every stage. */
  outcomes: { malformed: number; refused: number; complete: number; incomplete: number };
  maxMs: number;
}

const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'name', 'idNumber', 'attachments', 'teachers', 'applicant', 'x'];

/** Request-like text for a form: its own field names, hostile keys, odd values, broken JSON. */
function textFor(form: BuiltinForm): fc.Arbitrary<string> {
  const props = Object.keys((form.definition.schema as { properties?: Record<string, unknown> }).properties ?? {});
  const names = fc.constantFrom(...props, ...keys);
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('420106198503150018', '2999-01-01', '', ' ', 'id-card', -1, 1e308, true, null), fc.string({ maxLength: 40 }));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.dictionary(names, tie('tree'), { maxKeys: 6 }), fc.array(tie('tree'), { maxLength: 4 })),
  }));
  const declaration = fc.dictionary(names, tree, { maxKeys: 10 }).map((data) => JSON.stringify({ data }));
  const deep = fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom('[', '{"a":'), fc.boolean()).map(([n, open, closed]) => {
    const body = open.repeat(n) + '1' + (closed ? (open === '[' ? ']' : '}').repeat(n) : '');
    return `{"data":${body}}`;
  });
  const broken = fc.tuple(declaration, fc.nat(), fc.string({ maxLength: 3 })).map(([text, at, junk]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + junk + text.slice(i + 1);
  });
  return fc.oneof({ weight: 5, arbitrary: declaration }, { weight: 1, arbitrary: deep }, { weight: 2, arbitrary: broken }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });
}

/** Whether any prototype gained a property. */
function polluted(): boolean {
  const probe: Record<string, unknown> = {};
  return Object.keys(Object.prototype).length > 0 || 'polluted' in probe || Object.keys(Array.prototype).length > 0;
}

/** Runs `cases` fuzzed requests spread over the built-in forms (reproducible from `seed`). */
export async function fuzzDeclarations(cases: number, seed = 11, slowMs = 2_000): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, throws: [], slow: [], polluted: false, outcomes: { malformed: 0, refused: 0, complete: 0, incomplete: 0 }, maxMs: 0 };
  const targets = builtinForms.map((form) => {
    const packs = Object.values(form.packs) as RulePack[];
    return { form, pack: resolvePack(packs, Math.max(...packs.map((p) => p.year))), text: textFor(form) };
  });
  // The first evaluation of a form compiles its schema: done before the clock runs.
  for (const target of targets) await evaluate(target.form.definition, target.pack, {}, { today: '2024-05-01' });
  const perForm = Math.ceil(cases / targets.length);
  for (const [n, target] of targets.entries()) {
    const samples = fc.sample(target.text, { numRuns: perForm, seed: seed + n });
    for (const text of samples) {
      if (report.cases >= cases) break;
      report.cases++;
      const started = performance.now();
      try {
        const parsed = parseJson(text, '请求体');
        if (!parsed.ok) report.outcomes.malformed++;
        else {
          const body = parsed.value as { data?: unknown } | null;
          const clean = sanitizeInput(typeof body === 'object' && body !== null && !Array.isArray(body) ? body.data : body);
          if (clean.refused || typeof clean.value !== 'object' || clean.value === null || Array.isArray(clean.value)) report.outcomes.refused++;
          else {
            const verdict = await evaluate(target.form.definition, target.pack, clean.value, { today: '2024-05-01' });
            report.outcomes[verdict.complete ? 'complete' : 'incomplete']++;
          }
        }
      } catch (error) {
        report.throws.push(`${target.form.id}: ${(error as Error).message} ← ${text.slice(0, 120)}`);
      }
      const ms = performance.now() - started;
      report.maxMs = Math.max(report.maxMs, ms);
      if (ms > slowMs) report.slow.push({ ms, form: target.form.id });
      if (polluted()) report.polluted = true;
    }
  }
  return report;
}
