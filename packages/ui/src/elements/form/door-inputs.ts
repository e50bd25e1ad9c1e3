/**
 * What a host gave `<shenbao-form>` as `definition` and `rules`: objects as they are, or JSON text
 * parsed here (kept, so the door's problems carry line:column; a syntax error is one of them).
 */
import type { FormDefinition } from '@shenbao/core';
import type { RulesInput } from '../../resolve-rules.js';
import { parseDoorText, type DoorProblem, type DoorSource } from './definition-door.js';

interface Given<T> {
  value: T | undefined;
  text?: string | undefined;
  problem?: DoorProblem | undefined;
}

function take<T>(value: T | string | undefined, file: DoorSource, before: Given<T>): Given<T> {
  if (typeof value !== 'string') return { value };
  if (value === before.text) return before; // the same text again: the same object, checked once
  const parsed = parseDoorText(value, file);
  return { value: parsed.value as T | undefined, text: value, problem: parsed.problem };
}

/** The definition and rules as given, with their text when given as text. */
export class DoorInputs {
  private def: Given<FormDefinition> = { value: undefined };
  private pack: Given<RulesInput> = { value: undefined };

  get definition(): FormDefinition | undefined {
    return this.def.value;
  }
  get rules(): RulesInput | undefined {
    return this.pack.value;
  }
  setDefinition(value: FormDefinition | string | undefined): void {
    this.def = take(value, 'definition', this.def);
  }
  setRules(value: RulesInput | string | undefined): void {
    this.pack = take(value, 'rules', this.pack);
  }
  /** The door's view of them. */
  input(): { definition: FormDefinition | undefined; definitionText: string | undefined; rules: RulesInput | undefined; rulesText: string | undefined; parseProblems: DoorProblem[] } {
    const parseProblems = [this.def.problem, this.pack.problem].filter((p): p is DoorProblem => p !== undefined);
    return { definition: this.def.value, definitionText: this.def.text, rules: this.pack.value, rulesText: this.pack.text, parseProblems };
  }
}
