/**
 * The door of `<shenbao-form>`: what a host gives the element — its definition (an object or JSON
 * text), its rules and its value — is checked before anything renders (core's `checkDefinition`,
 * rules' `lintPack`, pack resolution). On any problem the form renders no field: an error panel
 * lists each problem with where it is (JSON Pointer, and line:column when the host gave text), and
 * the console gets the same list once. The checks run once per definition / pack object (WeakMap).
 */
import { html, type TemplateResult } from 'lit';
import {
  checkDefinition,
  compileForm,
  formatProblem,
  locateProblems,
  parseJson,
  type DictionaryRegistry,
  type FileProblem,
  type FormDefinition,
  type Locale,
} from '@shenbao/core';
import { lintPack, type ResolvedPack, type RulePack } from '@shenbao/rules';
import { resolveRules, type RulesInput } from '../../resolve-rules.js';
import { t } from '../../ui-texts.js';

/** What a door problem is about: the `definition`, `rules` or `value` property. */
export type DoorSource = 'definition' | 'rules' | 'value';

/** One problem found at the door: `file` is the property (`definition`, `rules`, `value`). */
export interface DoorProblem extends FileProblem {
  file: DoorSource;
}

/** What the door checks. */
export interface DoorInput {
  definition: FormDefinition | undefined;
  /** The JSON text the definition was parsed from, if the host gave text. */
  definitionText?: string | undefined;
  rules: RulesInput | undefined;
  rulesText?: string | undefined;
  /** JSON syntax errors of the text given. */
  parseProblems: readonly DoorProblem[];
  year: number | undefined;
  value: unknown;
  dictionaries: DictionaryRegistry;
  /**
   * A precompiled validator was given: the definition was checked when it was compiled (`pnpm gen`
   * / `shenbao rules check`), and a strict CSP would refuse the checks' own ajv compilation anyway.
   */
  precompiled: boolean;
}

/** The door's verdict: the resolved pack to evaluate with, or the problems. */
export type DoorResult = { ok: true; pack: ResolvedPack } | { ok: false; problems: DoorProblem[] };

/** Problems of a definition object (without lines), per dictionary registry. */
const definitionChecks = new WeakMap<object, WeakMap<DictionaryRegistry, FileProblem[]>>();
/** Problems of a pack object (without lines), per definition. */
const packChecks = new WeakMap<object, WeakMap<object, FileProblem[]>>();
/** Problem lists already written to the console (each once per page). */
const reported = new Set<string>();

const isResolved = (r: RulesInput): r is ResolvedPack => !Array.isArray(r) && Array.isArray((r as ResolvedPack).chain);

/** A problem the checks threw or compiling the form refused (never an uncaught throw). */
export function thrownAtDoor(file: DoorSource, error: unknown): DoorProblem {
  const reason = (error as Error)?.message ?? String(error);
  // compileForm refusing the data schema: where checkDefinition would have put it.
  if (file === 'definition') return { file, pointer: '/schema', message: `数据结构（schema）无法编译：${reason}` };
  return { file, pointer: '', message: `无法处理：${reason}` };
}

/** Why a `value` cannot be a form's data (it must be an object), if so. */
export function valueProblem(value: unknown): DoorProblem | undefined {
  if (value === undefined || (value !== null && typeof value === 'object' && !Array.isArray(value))) return undefined;
  const kind = Array.isArray(value) ? '数组' : value === null ? 'null' : typeof value;
  return { file: 'value', pointer: '', message: `数据（value）应为对象，实际为 ${kind}` };
}

function definitionProblems(definition: FormDefinition, dictionaries: DictionaryRegistry): FileProblem[] {
  let perRegistry = definitionChecks.get(definition);
  if (!perRegistry) definitionChecks.set(definition, (perRegistry = new WeakMap()));
  let problems = perRegistry.get(dictionaries);
  if (!problems) {
    // compileForm compiles the schema right after (once per definition): no second ajv compilation here.
    problems = checkDefinition(definition, 'definition', undefined, {}, { dictionaries, compileSchema: false }).problems;
    perRegistry.set(dictionaries, problems);
  }
  return problems;
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

/** Checks what a form is given; problems carry lines when the host gave text. Never throws. */
export function checkAtDoor(input: DoorInput): DoorResult {
  const problems: DoorProblem[] = [...input.parseProblems];
  const { definition, rules } = input;
  const bad = valueProblem(input.value);
  if (bad) problems.push(bad);
  if (!definition || !rules) return { ok: false, problems };
  try {
    if (!input.precompiled) {
      const found = definitionProblems(definition, input.dictionaries);
      problems.push(...(locateProblems(found, input.definitionText) as DoorProblem[]));
      // The one ajv compilation of the schema (cached per definition: the form reuses it).
      if (!found.length) compileForm(definition, { dictionaries: input.dictionaries });
    }
  } catch (error) {
    if (!(error instanceof EvalError)) problems.push(thrownAtDoor('definition', error)); // a strict CSP: checked when precompiled
  }
  // A broken definition cannot be the measure of its rules: their names are checked once it is sound.
  if (problems.some((p) => p.file === 'definition')) return { ok: false, problems };
  try {
    if (!input.precompiled) {
      const packs = packsOf(rules);
      const siblings = packs.map((p) => p.pack);
      const found: FileProblem[] = [];
      for (const { pack, at } of packs) for (const p of packProblems(pack, definition, siblings)) found.push({ ...p, pointer: at + p.pointer });
      problems.push(...(locateProblems(found, input.rulesText) as DoorProblem[]));
    }
  } catch (error) {
    if (!(error instanceof EvalError)) problems.push(thrownAtDoor('rules', error));
  }
  if (problems.length) return { ok: false, problems };
  try {
    return { ok: true, pack: resolveRules(rules, input.year) };
  } catch (error) {
    // No pack for the year asked, or a parent year missing (PackResolutionError).
    return { ok: false, problems: [{ file: 'rules', pointer: '', message: (error as Error).message }] };
  }
}

/** Parses JSON text given for `definition` or `rules`; a syntax error becomes a door problem with line:column. */
export function parseDoorText(text: string, file: DoorSource): { value: unknown; problem?: undefined } | { value: undefined; problem: DoorProblem } {
  const parsed = parseJson(text, file);
  if (parsed.ok) return { value: parsed.value };
  const { line, column, message } = parsed.error;
  return { value: undefined, problem: { file, pointer: '', message: `JSON 语法错误：${message}`, line, column } };
}

/** Writes the problems to the console, once per distinct list. */
export function reportDoorProblems(problems: readonly DoorProblem[]): void {
  const text = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
  if (reported.has(text)) return;
  reported.add(text);
  console.error(`shenbao: <shenbao-form> 无法显示，发现 ${problems.length} 处问题（The form cannot be shown: ${problems.length} problem(s)）：\n${text}`);
}

/** A JSON Pointer that may wrap only before a `/` (a narrow screen never breaks a token in two). */
const pointerLines = (pointer: string): unknown[] => (pointer ? pointer.split('/').slice(1).flatMap((token) => [html`<wbr />`, html`<span>/${token}</span>`]) : ['/']);

const sourceKeys = { definition: 'doorDefinition', rules: 'doorRules', value: 'doorValue' } as const;

/** The error panel: each problem with its source, JSON Pointer, line:column (when known) and reason. */
export function renderDoorProblems(problems: readonly DoorProblem[], locale: Locale): TemplateResult {
  return html`<section class="door" part="problems" role="alert" tabindex="-1" data-door aria-labelledby="door-title">
    <h2 id="door-title">${t('doorTitle', locale, { count: problems.length })}</h2>
    <p>${t('doorHint', locale)}</p>
    <ol>
      ${problems.map(
        (p) => html`<li>
          <span class="where"
            ><b>${t(sourceKeys[p.file], locale)}</b> <code>${pointerLines(p.pointer)}</code>${p.line !== undefined
              ? html` <span class="line">${t('doorLine', locale, { line: p.line, column: p.column ?? 1 })}</span>`
              : ''}</span
          >
          <span class="what">${p.message}</span>
        </li>`,
      )}
    </ol>
  </section>`;
}
