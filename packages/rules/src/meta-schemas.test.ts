/**
 * shenbao's own meta-schemas (definition, rule pack, scenario) are valid JSON Schema 2020-12. The
 * ajv instances that check files against them (`createMetaAjv`) skip that check at run time, so it
 * lives here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, createMetaAjv } from '@shenbao/core';

const schemas = {
  'core/schema/definition.schema.json': join(import.meta.dirname, '../../core/schema/definition.schema.json'),
  'rules/schema/rule-pack.schema.json': join(import.meta.dirname, '../schema/rule-pack.schema.json'),
  'rules/schema/scenario.schema.json': join(import.meta.dirname, '../schema/scenario.schema.json'),
};

describe('meta-schemas', () => {
  const ajv = createAjv();
  for (const [name, path] of Object.entries(schemas)) {
    it(`${name} is valid JSON Schema 2020-12 and compiles`, () => {
      const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(typeof createMetaAjv().compile(schema)).toBe('function');
    });
  }

  it('the check finds a schema that is not valid JSON Schema', () => {
    expect(ajv.validateSchema({ type: 'text', properties: { a: { minLength: -1 } } })).toBe(false);
  });
});
