/**
 * @shenbao/forms/scenarios — the scenario files of the built-in forms (declarations with their
 * expected evaluation), for stories, tests, the studio and the CLI. Kept out of the form entries so
 * a page that shows a form bundles none of them.
 */
import type { Scenario } from '@shenbao/core';
import { scenarios } from './generated/scenarios.js';

/** One scenario file of a built-in form. */
export interface BuiltinScenario {
  file: string;
  scenario: Scenario;
}

/** The scenario files of the built-in form `id`, in file order (none for an unknown id). */
export function scenariosOf(id: string): readonly BuiltinScenario[] {
  return scenarios[id] ?? [];
}
