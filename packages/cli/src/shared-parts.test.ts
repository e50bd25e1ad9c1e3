/**
 * Parts of one code but for their key share it (shared-parts.ts): the module of a form of many
 * fields of a few kinds holds one factory per kind, and its validator and every part still give
 * exactly what ajv's runtime compilation gives — result and errors — on valid, empty and broken data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAjv, partSchema, prepareSchema, type DataValidator, type FormDefinition, type JsonSchema } from '@shenbao/core';
import { validatorModule } from './validator-module.js';

// Inside the package, so the module's `@shenbao/core/standalone-formats` import resolves.
const dir = join(import.meta.dirname, '..', '.compile-test-shared');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds: Record<string, (i: number) => JsonSchema> = {
  text: (i) => ({ type: 'string', title: `文本 ${i}`, 'x-title-en': `Text ${i}`, minLength: 1, maxLength: 20 }) as JsonSchema,
  flag: (i) => ({ type: 'boolean', title: `是否 ${i}` }) as JsonSchema,
  code: (i) => ({ type: 'string', title: `代码 ${i}`, pattern: '^42\\d{4}$' }) as JsonSchema,
  choice: (i) => ({ type: 'string', title: `选项 ${i}`, enum: ['a', 'b'] }) as JsonSchema,
  date: (i) => ({ type: 'string', title: `日期 ${i}`, format: 'date' }) as JsonSchema,
};
const properties: Record<string, JsonSchema> = {};
const required: string[] = [];
for (const [kind, make] of Object.entries(kinds)) {
  for (let i = 1; i <= 6; i++) {
    properties[`${kind}${i}`] = make(i);
    if (i % 2) required.push(`${kind}${i}`);
  }
}
// Keys the shared code cannot take (not identifiers) and a one-of-a-kind object: their own code.
properties['with-dash'] = kinds.text!(7);
properties['with/slash'] = kinds.text!(8);
properties.person = { type: 'object', title: '人', required: ['name'], properties: { name: { type: 'string', maxLength: 4 } } } as JsonSchema;
required.push('with-dash', 'person');
const definition = {
  id: 'shared-parts-demo',
  version: '1.0.0',
  title: { 'zh-CN': '共享代码' },
  requirements: [],
  schema: { type: 'object', additionalProperties: false, required, properties },
  attachments: [],
  layout: { steps: [] },
} as unknown as FormDefinition;

describe('per-property validators of one kind share their code', () => {
  it('one factory per kind; the validator and each part equal ajv’s runtime compilation', async () => {
    const text = validatorModule(definition);
    const factories = text.match(/^function shared\d+\(k\)/gm) ?? [];
    // Each kind, required and optional — but the enum, whose code reads its schema constant (left to its own code).
    expect(factories).toHaveLength((Object.keys(kinds).length - 1) * 2);
    expect(text).toContain('export const part0 = shared0("text1");');
    expect(text).not.toMatch(/shared\d+\("(choice\d|with-dash|with\/slash|person)"\)/);
    const file = join(dir, 'shared.validator.js');
    writeFileSync(file, text);
    const { validate } = (await import(pathToFileURL(file).href)) as { validate: DataValidator };
    const schema = prepareSchema(definition);
    const ajv = createAjv();
    const whole = ajv.compile(schema);
    const filled = Object.fromEntries(Object.keys(properties).map((k) => [k, k.startsWith('flag') ? true : k.startsWith('code') ? '420100' : k.startsWith('choice') ? 'a' : k.startsWith('date') ? '2024-01-31' : k === 'person' ? { name: '张三' } : '值']));
    const broken = Object.fromEntries(Object.keys(properties).map((k) => [k, k.startsWith('flag') ? 'yes' : k.startsWith('code') ? '110100' : k.startsWith('choice') ? 'c' : k.startsWith('date') ? '2024-02-31' : k === 'person' ? { name: 5 } : 'x'.repeat(30)]));
    const inputs: unknown[] = [{}, null, [], 'text', filled, broken, { ...filled, extra: 1 }, Object.fromEntries(Object.keys(properties).map((k) => [k, '']))];
    for (const input of inputs) {
      expect(validate(input), JSON.stringify(input)).toBe(whole(input));
      expect(validate.errors ?? null, JSON.stringify(input)).toEqual(whole.errors ?? null);
    }
    for (const key of Object.keys(properties)) {
      const own = ajv.compile(partSchema(schema, key));
      for (const input of [{}, { [key]: filled[key] }, { [key]: broken[key] }, { [key]: 7 }]) {
        expect(validate.parts![key]!(input), `${key} ${JSON.stringify(input)}`).toBe(own(input));
        expect(validate.parts![key]!.errors ?? null, `${key} ${JSON.stringify(input)}`).toEqual(own.errors ?? null);
      }
    }
  });
});
