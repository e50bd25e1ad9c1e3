import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv-setup.js';
import type { DataValidator } from './compile-form.js';
import { compileInParts } from './runtime-parts.js';
import type { JsonSchema } from './types.js';

/** Counts the schemas a compiler is asked to compile. */
function countingCompiler() {
  const ajv = createAjv();
  const compiled: JsonSchema[] = [];
  const compile = (schema: JsonSchema) => {
    compiled.push(schema);
    return ajv.compile(schema) as DataValidator;
  };
  return { compile, compiled };
}

function expectSame(schema: JsonSchema, inputs: unknown[]): DataValidator {
  const whole = createAjv().compile(schema);
  const inParts = compileInParts(schema, countingCompiler().compile);
  for (const input of inputs) {
    const ok = whole(input);
    const errors = structuredClone(whole.errors ?? null);
    expect(inParts(input), JSON.stringify(input)).toBe(ok);
    expect(inParts.errors ?? null, JSON.stringify(input)).toEqual(errors);
  }
  return inParts;
}

// The synthetic questionnaire of the bench: many required texts of one kind, labelled differently.
const many = 200;
const questionnaire = {
  type: 'object',
  required: Array.from({ length: many }, (_, i) => `f${i}`).filter((_, i) => i % 10 !== 9),
  properties: Object.fromEntries(Array.from({ length: many }, (_, i) => [`f${i}`, { type: 'string', maxLength: 50, title: `问题 ${i}` }])),
  additionalProperties: false,
} as JsonSchema;

describe('compileInParts (a schema given at run time)', () => {
  it('compiles properties of one kind once: the root and one schema per kind', () => {
    const { compile, compiled } = countingCompiler();
    compileInParts(questionnaire, compile);
    // The root, the required kind, the optional kind.
    expect(compiled).toHaveLength(3);
  });

  it('gives exactly the whole compilation’s result and errors (order, paths, params, messages)', () => {
    const filled = Object.fromEntries(Array.from({ length: many }, (_, i) => [`f${i}`, 'answer']));
    const validate = expectSame(questionnaire, [
      {},
      filled,
      { ...filled, f3: 'x'.repeat(51), f19: 7, f20: undefined, extra: 1 },
      { f0: null, f1: ['a'], f199: 'y'.repeat(80) },
      'not an object',
      null,
      [],
    ]);
    expect(Object.keys(validate.parts!)).toHaveLength(many);
    expect(validate.parts!.f3!({ f3: 'x'.repeat(51) })).toBe(false);
    expect(validate.parts!.f3!.errors).toEqual([
      expect.objectContaining({ instancePath: '/f3', schemaPath: '#/properties/f3/maxLength', keyword: 'maxLength' }),
    ]);
  });

  it('keeps properties that refer to $defs, or whose keys need escaping, on their own compilation, with the same result', () => {
    const schema = {
      type: 'object',
      required: ['a/b', 'ref', 'plain', 'alsoPlain'],
      properties: {
        'a/b': { type: 'string', maxLength: 2 },
        'a~b': { type: 'string', maxLength: 2 },
        ref: { $ref: '#/$defs/short' },
        plain: { type: 'string', maxLength: 2 },
        alsoPlain: { type: 'string', maxLength: 2, title: '同类' },
        nested: { type: 'object', required: ['shenbaoSharedKey'], properties: { shenbaoSharedKey: { type: 'integer' } } },
      },
      $defs: { short: { type: 'string', maxLength: 2 } },
    } as JsonSchema;
    const { compile, compiled } = countingCompiler();
    compileInParts(schema, compile);
    expect(compiled).toHaveLength(6); // the root; a/b, a~b, ref and nested (it names the placeholder) alone; plain and alsoPlain once
    expectSame(schema, [{}, { 'a/b': 'long', 'a~b': 'long', ref: 'long', plain: 'long', nested: {} }, { nested: { shenbaoSharedKey: 'x' } }, { 'a/b': 1, ref: 2, plain: 3, alsoPlain: 'long' }]);
  });

  it('a property schema ajv refuses fails at once, and ajv’s message names the property, not the shared placeholder', () => {
    const schema = { type: 'object', properties: { good: { type: 'string' }, broken: { type: 'strin' } } } as JsonSchema;
    expect(() => compileInParts(schema, countingCompiler().compile)).toThrow(/broken/);
    expect(() => compileInParts(schema, countingCompiler().compile)).not.toThrow(/shenbaoSharedKey/);
  });
});
