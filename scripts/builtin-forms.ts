/**
 * The built-in forms as the generators see them: `packages/forms` read once by the CLI's loader
 * (`loadForms` of `@shenbao/cli`, the one loader of a forms folder), every file checked as it is
 * read. A form with a problem stops the generators with the loader's file + pointer + line.
 */
import { basename, join } from 'node:path';
import { formatProblem, type FormDefinition, type RulePack, type Scenario } from '@shenbao/core';
import { loadForms, type FormBundle } from '@shenbao/cli';

/** The forms folder of the repository. */
export const formsDir = join(import.meta.dirname, '..', 'packages', 'forms');

/** One built-in form as loaded: definition (bundled with the shared pieces), packs by year, scenario files. */
export interface LoadedForm {
  id: string;
  definition: FormDefinition;
  packs: RulePack[];
  scenarios: { file: string; scenario: Scenario }[];
}

function usable(bundle: FormBundle): LoadedForm {
  if (!bundle.definition || bundle.problems.length) throw new Error(`${bundle.id}：\n${bundle.problems.map(formatProblem).join('\n')}`);
  return {
    id: bundle.id,
    definition: bundle.definition.value,
    packs: bundle.packs.map((p) => p.value),
    scenarios: bundle.scenarios.map((s) => ({ file: basename(s.file), scenario: s.value })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

const loaded = (await loadForms(formsDir)).map(usable);

/** Every built-in form, in folder order. */
export function builtinForms(): readonly LoadedForm[] {
  return loaded;
}

/** Every form folder id. */
export function formIds(): string[] {
  return loaded.map((f) => f.id);
}

/** One built-in form by id. */
export function loadedForm(id: string): LoadedForm {
  const form = loaded.find((f) => f.id === id);
  if (!form) throw new Error(`未知的表单“${id}”`);
  return form;
}

/** A form's definition, bundled with the shared pieces. */
export function readDefinition(id: string): FormDefinition {
  return loadedForm(id).definition;
}
