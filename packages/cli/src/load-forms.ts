/**
 * Loads forms from a folder (one sub-folder per form: definition.json, rules/<year>.json,
 * scenarios/*.json), checking each file as it is read. Node only: the CLI and servers use it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDefinition, compileForm, locateProblems, parseJson, type FileProblem, type FormDefinition, type JsonSchema, type SharedSchemas } from '@shenbao/core';
import { checkPackShape } from '@shenbao/rules';
import type { RulePack } from '@shenbao/rules';
import { checkScenarioShape, type Scenario } from '@shenbao/rules';

/** A JSON file as read: path, text and parsed value. */
export interface LoadedFile<T> {
  file: string;
  text: string;
  value: T;
}

/** One form folder as loaded; `problems` lists every file that could not be used. */
export interface FormBundle {
  id: string;
  dir: string;
  definition?: LoadedFile<FormDefinition>;
  packs: LoadedFile<RulePack>[];
  scenarios: LoadedFile<Scenario>[];
  problems: FileProblem[];
}

/** Largest JSON file the loader reads (a definition or pack is a few dozen KB). */
export const maxFileBytes = 5 * 1024 * 1024;

/** The folder of the built-in forms (the installed `@shenbao/forms` package). */
export function builtinFormsDir(): string {
  return dirname(fileURLToPath(import.meta.resolve('@shenbao/forms/package.json')));
}

/** Reads and parses one JSON file; problems instead of exceptions. */
export async function readJsonFile(path: string, display = path): Promise<{ ok: true; text: string; value: unknown } | { ok: false; problem: FileProblem }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: { file: display, pointer: '', message: '不是文件' } };
    if (info.size > maxFileBytes) return { ok: false, problem: { file: display, pointer: '', message: `文件过大（${info.size} 字节，上限 ${maxFileBytes}）` } };
    const text = await readFile(path, 'utf8');
    const parsed = parseJson(text, display);
    if (!parsed.ok) return { ok: false, problem: { file: display, pointer: '', message: parsed.error.message, line: parsed.error.line, column: parsed.error.column } };
    return { ok: true, text, value: parsed.value };
  } catch (error) {
    return { ok: false, problem: { file: display, pointer: '', message: `无法读取：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

const show = (p: string) => relative(process.cwd(), p) || p;

/** Reads the shared schema pieces (`<forms dir>/shared/*.json`) that definitions `$ref`. */
export async function loadSharedSchemas(formsDir: string, problems: FileProblem[] = []): Promise<SharedSchemas> {
  const shared: Record<string, JsonSchema> = {};
  for (const name of await jsonFiles(join(formsDir, 'shared'))) {
    const path = join(formsDir, 'shared', name);
    const read = await readJsonFile(path, show(path));
    if (!read.ok) problems.push(read.problem);
    else if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) problems.push({ file: show(path), pointer: '', message: '共享结构必须是 JSON 对象' });
    else shared[name] = read.value as JsonSchema;
  }
  return shared;
}

/** Reads every JSON file of a folder, in name order, keeping those whose shape `check` finds no problem in; the problems go to `problems`. */
async function readChecked<T>(folder: string, check: (value: unknown, file: string) => FileProblem[], problems: FileProblem[]): Promise<LoadedFile<T>[]> {
  const loaded: LoadedFile<T>[] = [];
  for (const name of await jsonFiles(folder)) {
    const path = join(folder, name);
    const read = await readJsonFile(path, show(path));
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const shape = locateProblems(check(read.value, show(path)), read.text);
    if (shape.length) problems.push(...shape);
    else loaded.push({ file: show(path), text: read.text, value: read.value as T });
  }
  return loaded;
}

/** What {@link loadForm} reads besides the definition and packs. */
export interface LoadFormOptions {
  /** Read and check the scenarios (default true; `validate` and `rules diff` need none, and checking them costs a schema compile). */
  scenarios?: boolean;
}

/** The definition's schema compiled (and cached) by compileForm; the problem `checkDefinition` would report when it cannot be. */
function compileProblems(definition: FormDefinition, file: string, text: string): FileProblem[] {
  try {
    compileForm(definition);
    return [];
  } catch (error) {
    return locateProblems([{ file, pointer: '/schema', message: `数据结构（schema）无法编译：${(error as Error).message}` }], text);
  }
}

/** Loads one form folder; `shared` defaults to the shared pieces beside it. */
export async function loadForm(dir: string, shared?: SharedSchemas, options: LoadFormOptions = {}): Promise<FormBundle> {
  const bundle: FormBundle = { id: dir.split(/[\\/]/).pop()!, dir, packs: [], scenarios: [], problems: [] };
  const pieces = shared ?? (await loadSharedSchemas(dirname(dir), bundle.problems));
  const defPath = join(dir, 'definition.json');
  const def = await readJsonFile(defPath, show(defPath));
  if (!def.ok) bundle.problems.push(def.problem);
  else {
    // The schema is compiled once, by compileForm (cached per definition: evaluate() reuses it),
    // not once more by the check with a throwaway ajv instance.
    const checked = checkDefinition(def.value, show(defPath), def.text, pieces, { compileSchema: false });
    const problems = checked.ok ? compileProblems(checked.definition, show(defPath), def.text) : checked.problems;
    if (checked.ok && problems.length === 0) bundle.definition = { file: show(defPath), text: def.text, value: checked.definition };
    else bundle.problems.push(...problems);
  }
  bundle.packs = await readChecked<RulePack>(join(dir, 'rules'), checkPackShape, bundle.problems);
  bundle.packs.sort((a, b) => a.value.year - b.value.year);
  if (options.scenarios !== false) bundle.scenarios = await readChecked<Scenario>(join(dir, 'scenarios'), checkScenarioShape, bundle.problems);
  return bundle;
}

/** The ids (folder names) of the forms under `dir`: folders that hold a definition.json. */
export async function formIds(dir: string = builtinFormsDir()): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const entry of entries) {
    try {
      if ((await stat(join(dir, entry, 'definition.json'))).isFile()) ids.push(entry);
    } catch {
      // not a form folder
    }
  }
  return ids;
}

/** Loads every form folder under `dir` (folders without a definition.json are skipped). */
export async function loadForms(dir: string = builtinFormsDir()): Promise<FormBundle[]> {
  const bundles: FormBundle[] = [];
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (error) {
    throw new Error(`无法读取表单目录 ${dir}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const sharedProblems: FileProblem[] = [];
  const shared = await loadSharedSchemas(dir, sharedProblems);
  for (const entry of entries) {
    const sub = join(dir, entry);
    try {
      if (!(await stat(join(sub, 'definition.json'))).isFile()) continue;
    } catch {
      continue;
    }
    const bundle = await loadForm(sub, shared);
    bundle.problems.unshift(...sharedProblems);
    bundles.push(bundle);
  }
  return bundles;
}
