/**
 * The door of `<shenbao-form>`: what a host gives the element — its definition (an object or JSON
 * text), its rules and its value — is checked before anything renders (core's `checkDefinition`,
 * rules' `lintPack`, pack resolution). On any problem the form renders no field: an error panel
 * lists each problem with where it is (JSON Pointer, and line:column when the host gave text), and
 * the console gets the same list once. The checks run once per definition / pack object (WeakMap).
 * They, JSON text parsing and ajv's compiler live in runtime-door.ts, loaded on first use: a form
 * with a precompiled validator given as objects never loads them.
 */
import { html, type TemplateResult } from 'lit';
import { compileForm, formatProblem, type DictionaryRegistry, type FileProblem, type FormDefinition, type Locale } from '@shenbao/core';
import type { ResolvedPack } from '@shenbao/rules';
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

/** Problem lists already written to the console (each once per page). */
const reported = new Set<string>();

type RuntimeDoor = typeof import('./runtime-door.js');
let runtime: RuntimeDoor | undefined;
let loading: Promise<RuntimeDoor> | undefined;
/** The runtime door once loaded ({@link loadRuntimeDoor}), else undefined. */
export const runtimeDoor = (): RuntimeDoor | undefined => runtime;
/** Loads the runtime door (checks, JSON parser, ajv's compiler) once; resolves when it is installed. */
export function loadRuntimeDoor(): Promise<RuntimeDoor> {
  return (loading ??= import('./runtime-door.js').then(
    (m) => (runtime = m),
    (error: unknown) => {
      loading = undefined; // a failed load (network) may be tried again
      throw error;
    },
  ));
}

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

/**
 * Checks what a form is given; problems carry lines when the host gave text. Never throws. Without
 * a precompiled validator it needs the runtime door loaded ({@link loadRuntimeDoor}).
 */
export function checkAtDoor(input: DoorInput): DoorResult {
  const problems: DoorProblem[] = [...input.parseProblems];
  const { definition, rules } = input;
  const bad = valueProblem(input.value);
  if (bad) problems.push(bad);
  if (!definition || !rules) return { ok: false, problems };
  try {
    if (!input.precompiled) {
      const found = runtimeDoor()!.definitionProblems(definition, input.dictionaries, input.definitionText);
      problems.push(...found);
      // The one ajv compilation of the schema (cached per definition: the form reuses it).
      if (!found.length) compileForm(definition, { dictionaries: input.dictionaries });
    }
  } catch (error) {
    if (!(error instanceof EvalError)) problems.push(thrownAtDoor('definition', error)); // a strict CSP: checked when precompiled
  }
  // A broken definition cannot be the measure of its rules: their names are checked once it is sound.
  if (problems.some((p) => p.file === 'definition')) return { ok: false, problems };
  try {
    if (!input.precompiled) problems.push(...runtimeDoor()!.rulesProblems(rules, definition, input.rulesText));
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
