import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm, createAjv, type DataValidator } from '@shenbao/core';
import standaloneFormats, { formatExports } from '@shenbao/core/standalone-formats';
import * as standaloneModule from '@shenbao/core/standalone-formats';
// Internal (not on core's public surface): which schemas the module splits per property.
import { canValidateInParts } from '../packages/core/src/shape-parts.js';
import { builtinForms } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { createEvaluator, evaluate, resolvePack, type RulePack } from '@shenbao/rules';
import { formatsModule, generatedValidatorFiles, rewriteRequires } from './gen-validators.js';

const files = generatedValidatorFiles();
const moduleOf = (id: string) => files.find(([path]) => basename(path) === `${id}.js`)![0];
const load = async (id: string) => (await import(pathToFileURL(moduleOf(id)).href)) as { default: DataValidator; validate: DataValidator };

/** Empty and non-object data, every scenario's data, and each broken: strings too long, objects of the wrong type. */
function brokenInputs(id: string): unknown[] {
  const inputs: unknown[] = [{}, null, 'text', [], ...scenariosOf(id).map((s) => (s.scenario as { data: unknown }).data)];
  for (const { scenario } of scenariosOf(id)) {
    const data = (scenario as { data: Record<string, unknown> }).data;
    inputs.push(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? `${v}x`.repeat(300) : typeof v === 'object' ? 42 : v])));
  }
  return inputs;
}

describe('precompiled validators of the built-in forms (strict CSP)', () => {
  it.each(files.map(([path]) => [basename(path), path]))('%s matches its definition (run `pnpm gen:validators` after editing a definition)', (_name, path) => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(files.find(([p]) => p === path)![1]);
  });

  it('the generated code requires nothing and imports only core’s standalone formats', () => {
    for (const [path, text] of files.filter(([p]) => p.endsWith('.js'))) {
      expect(text, path).not.toMatch(/\brequire\(/);
      expect(text, path).not.toMatch(/new Function|\beval\(/);
      const specifiers = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      expect(specifiers.length, path).toBeGreaterThan(0);
      expect(new Set(specifiers), path).toEqual(new Set([formatsModule]));
    }
  });

  it('core’s standalone formats are exactly the formats createAjv registers (same objects)', () => {
    const registered = createAjv().formats as Record<string, unknown>;
    expect(Object.keys(standaloneFormats).sort()).toEqual(Object.keys(registered).sort());
    for (const [name, format] of Object.entries(registered)) expect(standaloneFormats[name], name).toBe(format);
    expect(Object.keys(standaloneFormats)).toEqual(expect.arrayContaining(['date', 'email', 'uri', 'cn-id', 'cn-mobile', 'passport']));
  });

  it('an unknown require in ajv’s output fails the generation instead of shipping broken code', () => {
    expect(() => rewriteRequires('const x = require("ajv/dist/runtime/re2").default;')).toThrow(/re2/);
    const { imports, body } = rewriteRequires(`"use strict";const f = require("${formatsModule}")["cn-id"];const l = require("ajv/dist/runtime/ucs2length").default;`);
    expect(body).toBe('const f = required0["cn-id"];const l = required1.default;');
    expect(imports).toEqual([
      `import { standaloneCnId } from "${formatsModule}";`,
      'const required0 = { "cn-id": standaloneCnId };',
      `import { ajvUcs2length as runtime1 } from "${formatsModule}";`,
      'const required1 = { default: runtime1 };',
    ]);
  });

  it('imports just the formats the code reads, each by itself; the whole table when one has no export of its own', () => {
    const byName = rewriteRequires(`const a = require("${formatsModule}").date;const b = require("${formatsModule}")["cn-id"];`);
    expect(byName.imports).toEqual([`import { standaloneCnId, standaloneDate } from "${formatsModule}";`, 'const required0 = { "cn-id": standaloneCnId, "date": standaloneDate };']);
    expect(byName.body).toBe('const a = required0.date;const b = required0["cn-id"];');
    expect(rewriteRequires(`const a = require("${formatsModule}").date;const e = require("${formatsModule}").email;`).imports).toEqual([`import required0 from "${formatsModule}";`]);
    expect(rewriteRequires(`const all = require("${formatsModule}");`).imports).toEqual([`import required0 from "${formatsModule}";`]);
    // tcm-expertise reads dates and identity numbers only: no ajv-formats table in its page.
    const tcm = files.find(([p]) => basename(p) === 'tcm-expertise.js')![1];
    expect(tcm).toMatch(/^import \{ standaloneCnId, .*standaloneDate.* \} from "@shenbao\/core\/standalone-formats";$/m);
    expect(tcm).not.toMatch(/^import required0 from/m);
  });

  it('each format exported by itself is the one the default export holds (date: ajv-formats’ own, as an ES module)', () => {
    const named = standaloneModule as unknown as Record<string, unknown>;
    expect(Object.keys(formatExports).sort()).toEqual(['cn-id', 'cn-mobile', 'cn-residence-permit', 'date', 'hk-macau-permit', 'military-officer', 'passport', 'tw-permit']);
    for (const [format, name] of Object.entries(formatExports)) {
      if (format === 'date') continue;
      expect(named[name], name).toBe(standaloneFormats[format]);
    }
    const date = named.standaloneDate as { validate: (s: string) => boolean; compare: unknown };
    const theirs = standaloneFormats.date as { validate: (s: string) => boolean };
    for (const s of ['2024-02-29', '2023-02-29', '2024-04-31', '2024-1-01', '']) expect(date.validate(s), s).toBe(theirs.validate(s));
    expect(typeof date.compare).toBe('function');
  });

  describe.each(builtinForms.map((f) => [f.id, f] as const))('%s', (id, form) => {
    it('gives the same result and errors as ajv’s runtime compilation on every scenario and on broken data', async () => {
      const { default: standalone, validate } = await load(id);
      expect(validate).toBe(standalone);
      // ajv's runtime compilation of the whole prepared schema: the reference.
      const runtime = createAjv().compile(compileForm(form.definition).schema);
      for (const input of brokenInputs(form.id)) {
        const expected = runtime(input);
        const expectedErrors = structuredClone(runtime.errors ?? null);
        expect(standalone(input)).toBe(expected);
        expect(standalone.errors ?? null).toEqual(expectedErrors);
      }
    });

    it('compiled at run time in parts (properties of one kind sharing a compilation), gives the whole compilation’s result and errors', () => {
      const whole = createAjv().compile(compileForm(form.definition).schema);
      const inParts = compileForm(form.definition).validator;
      expect(inParts.parts !== undefined).toBe(canValidateInParts(compileForm(form.definition).schema));
      for (const input of brokenInputs(form.id)) {
        const expected = whole(input);
        const expectedErrors = structuredClone(whole.errors ?? null);
        expect(inParts(input)).toBe(expected);
        expect(inParts.errors ?? null).toEqual(expectedErrors);
      }
    });

    it('evaluate() reaches the same verdict with the precompiled validator', async () => {
      const { default: validator } = await load(id);
      const years = Object.keys(form.packs).map(Number);
      const pack = resolvePack(Object.values(form.packs) as RulePack[], Math.max(...years));
      const precompiled = compileForm(form.definition, { validator });
      for (const { file, scenario } of scenariosOf(form.id)) {
        const { data, context } = scenario as { data: unknown; context?: unknown };
        const a = await evaluate(form.definition, pack, data, context ?? {});
        const b = await evaluate(form.definition, pack, data, context ?? {}, { compiled: precompiled });
        expect(b.issues, file).toEqual(a.issues);
        expect(b.complete, file).toBe(a.complete);
      }
    });

    it('validates in parts (one validator per top-level property): a scoped update equals evaluate()', async () => {
      const { default: validator } = await load(id);
      const precompiled = compileForm(form.definition, { validator });
      // A schema that cannot be validated in parts (root keywords such as allOf/if) ships the whole validator alone.
      expect(validator.parts !== undefined, 'the module exports one validator per property').toBe(canValidateInParts(precompiled.schema));
      if (!validator.parts) return;
      const years = Object.keys(form.packs).map(Number);
      const pack = resolvePack(Object.values(form.packs) as RulePack[], Math.max(...years));
      for (const { file, scenario } of scenariosOf(form.id)) {
        const { context } = scenario as { context?: unknown };
        const data = structuredClone((scenario as { data: Record<string, unknown> }).data);
        expect(precompiled.shapeParts?.(data), file).toBeDefined();
        const evaluator = createEvaluator(form.definition, pack, { compiled: precompiled });
        await evaluator.evaluate(data, context ?? {});
        // Break, then empty, each top-level property in turn; the scoped result must equal a whole evaluation.
        for (const key of Object.keys(data)) {
          for (const value of [typeof data[key] === 'string' ? 'x'.repeat(300) : 42, undefined]) {
            if (value === undefined) delete data[key];
            else data[key] = value;
            const scoped = await evaluator.update(data, [`/${key}`], context ?? {});
            const whole = await evaluate(form.definition, pack, structuredClone(data), context ?? {}, { compiled: compileForm(form.definition, { validator }) });
            expect(scoped.issues, `${file} /${key}`).toEqual(whole.issues);
          }
        }
      }
    });
  });
});
