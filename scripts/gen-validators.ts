/**
 * Generates `packages/forms/src/generated/validators/<form-id>.js` (+ `.d.ts`): the ajv validator of
 * each built-in form — `prepareSchema(definition)` compiled by core's `createAjv` — as precompiled
 * (standalone) ES module code. ajv's runtime `compile` builds functions with `new Function`, which a
 * page under `Content-Security-Policy: script-src 'self'` refuses (EvalError); the generated module
 * is plain code. Give it to the form: `<shenbao-form .validator=${validate}>` (→ `compileForm(definition,
 * { validator })`), or to `compileForm` yourself.
 *
 * ajv's standalone output still `require`s what it needs at run time; every `require("…")` is
 * rewritten into an ES import from `@shenbao/core/standalone-formats` (a dependency of every package
 * holding forms, where ajv is not): the formats under their names, and ajv's runtime helpers
 * (`ucs2length` …) from core's own ajv. An unknown `require` fails the generation.
 *
 * `pnpm gen:validators` writes the files; a test (scripts/gen-validators.test.ts) fails when they drift.
 * Usage: node --conditions=source --import tsx scripts/gen-validators.ts [--check]
 */
import { join } from 'node:path';
import { validatorDeclarations, validatorModule } from '@shenbao/cli';
import { builtinForms } from '@shenbao/forms';
import { writeGenerated } from './write-generated.js';

export { formatsModule, rewriteRequires, runtimeExports, validatorDeclarations, validatorModule } from '@shenbao/cli';

const validatorsDir = join(import.meta.dirname, '..', 'packages', 'forms', 'src', 'generated', 'validators');

/** The generated files of every built-in form: path → text. */
export function generatedValidatorFiles(): [path: string, text: string][] {
  return builtinForms.flatMap((form) => [
    [join(validatorsDir, `${form.id}.js`), validatorModule(form.definition)] as [string, string],
    [join(validatorsDir, `${form.id}.d.ts`), validatorDeclarations(form.definition)] as [string, string],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = writeGenerated(generatedValidatorFiles(), check, 'pnpm gen:validators');
  if (check && stale) process.exitCode = 1;
}
