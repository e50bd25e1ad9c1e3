/**
 * What a scoped update keeps: the visible and required maps of the previous evaluation (the same
 * objects) while nothing they depend on changed, and new maps when a rule hides or shows a field.
 * (That the results equal `evaluate()` is evaluator.property.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@shenbao/core';
import { evaluate } from './evaluate.js';
import { createEvaluator } from './evaluator.js';
import type { RulePack } from './pack-types.js';
import { resolvePack } from './resolve-pack.js';

const dir = join(import.meta.dirname, '../../forms/tcm-expertise');
const definition = JSON.parse(readFileSync(join(dir, 'definition.json'), 'utf8')) as FormDefinition;
const pack = resolvePack([JSON.parse(readFileSync(join(dir, 'rules/2024.json'), 'utf8')) as RulePack], 2024);

describe('createEvaluator(…).update keeps what did not change', () => {
  it('a keystroke in a text field hands back the same visible and required maps; a rule that changes visibility new ones', async () => {
    const evaluator = createEvaluator(definition, pack);
    const data: Record<string, unknown> = {};
    const first = await evaluator.evaluate(data);
    const textField = Object.keys(first.visible).find((p) => /name$/i.test(p) && first.visible[p]);
    expect(textField, 'a visible name field').toBeDefined();
    const setAt = (pointer: string, value: unknown) => {
      const tokens = pointer.split('/').slice(1);
      let node = data;
      for (const t of tokens.slice(0, -1)) node = (node[t] ??= {}) as Record<string, unknown>;
      node[tokens[tokens.length - 1]!] = value;
    };
    setAt(textField!, '张');
    const typed = await evaluator.update(data, [textField!]);
    expect(typed.visible).toBe(first.visible);
    expect(typed.required).toBe(first.required);
    expect(JSON.stringify(typed)).toBe(JSON.stringify(await evaluate(definition, pack, structuredClone(data))));
    // TCM-2: 师承 experience is shown only for candidateType "shicheng".
    setAt('/candidateType', 'shicheng');
    const shown = await evaluator.update(data, ['/candidateType']);
    expect(shown.visible).not.toBe(typed.visible);
    expect(JSON.stringify(shown.visible)).not.toBe(JSON.stringify(typed.visible));
    expect(JSON.stringify(shown)).toBe(JSON.stringify(await evaluate(definition, pack, structuredClone(data))));
  });
});
