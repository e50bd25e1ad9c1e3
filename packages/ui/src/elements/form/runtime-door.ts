/**
 * What `<shenbao-form>` needs only for a definition given at run time (no precompiled validator) or
 * given as JSON text: the meta-schema check of the definition (core's `checkDefinition`), the pack
 * lint (rules' `lintPack`), JSON parsing with line:column, and ajv's compiler. The door loads this
 * module on first such use (`loadRuntimeDoor()` in definition-door.ts), so a page that ships
 * precompiled forms never loads ajv's compiler, the meta-schemas or the JSON parser.
 */
import { ajvCompiler, checkDefinition, locateProblems, parseJson, useSchemaCompiler, type DictionaryRegistry, type FileProblem, type FormDefinition } from '@shenbao/core';
import { lintPack, type ResolvedPack, type RulePack } from '@shenbao/rules';
import type { RulesInput } from '../../resolve-rules.js';
import type { DoorProblem, DoorSource } from './definition-door.js';

useSchemaCompiler(ajvCompiler);

/** Problems of a definition object (without lines), per dictionary registry. */
const definitionChecks = new WeakMap<object, WeakMap<DictionaryRegistry, FileProblem[]>>();
/** Problems of a pack object (without lines), per definition. */
const packChecks = new WeakMap<object, WeakMap<object, FileProblem[]>>();

const isResolved = (r: RulesInput): r is ResolvedPack => !Array.isArray(r) && Array.isArray((r as ResolvedPack).chain);

/** Problems of a definition (checked once per object and registry), with lines when its text is given. */
export function definitionProblems(definition: FormDefinition, dictionaries: DictionaryRegistry, text: string | undefined): DoorProblem[] {
  let perRegistry = definitionChecks.get(definition);
  if (!perRegistry) definitionChecks.set(definition, (perRegistry = new WeakMap()));
  let problems = perRegistry.get(dictionaries);
  if (!problems) {
    // compileForm compiles the schema right after (once per definition): no second ajv compilation here.
    problems = checkDefinition(definition, 'definition', undefined, {}, { dictionaries, compileSchema: false }).problems;
    perRegistry.set(dictionaries, problems);
  }
  return locateProblems(problems, text) as DoorProblem[];
}

function packProblems(pack: RulePack, definition: FormDefinition, siblings: readonly RulePack[]): FileProblem[] {
  let perDefinition = packChecks.get(pack);
  if (!perDefinition) packChecks.set(pack, (perDefinition = new WeakMap()));
  let problems = perDefinition.get(definition);
  if (!problems) {
    problems = lintPack(pack, definition, 'rules', siblings);
    perDefinition.set(definition, problems);
  }
  return problems;
}

/** The packs to lint, each with the pointer prefix of its place in the `rules` value. */
function packsOf(rules: RulesInput): { pack: RulePack; at: string }[] {
  if (Array.isArray(rules)) return (rules as RulePack[]).map((pack, i) => ({ pack, at: `/${i}` }));
  if (isResolved(rules)) {
    // A resolved pack is linted as the pack it amounts to (its `chain` is resolution's record, not pack syntax).
    const { chain: _chain, ...pack } = rules;
    return [{ pack: pack as RulePack, at: '' }];
  }
  return [{ pack: rules as RulePack, at: '' }];
}

/** Problems of the rules given (every pack linted against the definition), with lines when their text is given. */
export function rulesProblems(rules: RulesInput, definition: FormDefinition, text: string | undefined): DoorProblem[] {
  const packs = packsOf(rules);
  const siblings = packs.map((p) => p.pack);
  const found: FileProblem[] = [];
  for (const { pack, at } of packs) for (const p of packProblems(pack, definition, siblings)) found.push({ ...p, pointer: at + p.pointer });
  return locateProblems(found, text) as DoorProblem[];
}

/** Parses JSON text given for `definition` or `rules`; a syntax error becomes a door problem with line:column. */
export function parseDoorText(text: string, file: DoorSource): { value: unknown; problem?: undefined } | { value: undefined; problem: DoorProblem } {
  const parsed = parseJson(text, file);
  if (parsed.ok) return { value: parsed.value };
  const { line, column, message } = parsed.error;
  return { value: undefined, problem: { file, pointer: '', message: `JSON 语法错误：${message}`, line, column } };
}
