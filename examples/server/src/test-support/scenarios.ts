/**
 * Declarations for the tests, taken from the built-in forms' scenarios (the data policy staff
 * wrote and `shenbao rules test` checks).
 */
import { getAt } from '@shenbao/core';
import { builtinForm, builtinForms, type BuiltinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';

/** A passing scenario of a form. */
export interface ScenarioCase {
  form: BuiltinForm;
  file: string;
  year: number | undefined;
  data: Record<string, unknown>;
  context: Record<string, unknown>;
  /** Computed values the scenario expects (pointer → value). */
  computed: Record<string, unknown>;
}

interface ScenarioJson {
  year?: number;
  data: Record<string, unknown>;
  context?: Record<string, unknown>;
  expect: { complete?: boolean; computed?: Record<string, unknown> };
}

function toCase(form: BuiltinForm, file: string, scenario: ScenarioJson): ScenarioCase {
  return {
    form,
    file,
    year: scenario.year,
    data: structuredClone(scenario.data),
    context: scenario.context ?? {},
    computed: scenario.expect.computed ?? {},
  };
}

/** The scenario `file` of form `formId`. */
export function scenarioCase(formId: string, file: string): ScenarioCase {
  const form = builtinForm(formId);
  const found = scenariosOf(form.id).find((s) => s.file === file);
  if (found === undefined) throw new Error(`no scenario ${file} in ${formId}`);
  return toCase(form, file, found.scenario as ScenarioJson);
}

/** Every passing scenario of every built-in form. */
function passingCases(): ScenarioCase[] {
  return builtinForms.flatMap((form) =>
    scenariosOf(form.id).filter((s) => (s.scenario as ScenarioJson).expect.complete === true).map((s) => toCase(form, s.file, s.scenario as ScenarioJson)),
  );
}

/** Whether a case's data holds at least one attachment reference. */
const hasFiles = (c: ScenarioCase) => JSON.stringify(c.data).includes('"attachments"');

/**
 * The second form of the round trip: 卫生专业技术资格考试申报 (health-qualification, with a fee and
 * attachments) when it is built in; otherwise another built-in form's passing scenario with files;
 * otherwise the other candidate type of tcm-expertise (多年实践).
 */
export function secondFormCase(): ScenarioCase {
  if (builtinForms.some((f) => f.id === 'health-qualification')) {
    const form = builtinForm('health-qualification');
    if (scenariosOf(form.id).some((s) => s.file === 'technician-pass.json')) return scenarioCase('health-qualification', 'technician-pass.json');
  }
  const other = passingCases().find((c) => c.form.id !== 'tcm-expertise' && hasFiles(c));
  return other ?? scenarioCase('tcm-expertise', 'practice-pass.json');
}

/** A passing scenario whose data states a value the rules compute (a fee), or undefined. */
export function computedValueCase(): (ScenarioCase & { pointer: string; value: unknown }) | undefined {
  const preferred = secondFormCase();
  for (const c of [preferred, ...passingCases()]) {
    for (const [pointer, value] of Object.entries(c.computed)) {
      if (typeof value === 'number' && getAt(c.data, pointer) === value) return { ...c, pointer, value };
    }
  }
  return undefined;
}
