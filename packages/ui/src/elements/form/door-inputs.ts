/**
 * What a host gave `<shenbao-form>` as `definition` and `rules`: objects as they are, or JSON text
 * parsed here (kept, so the door's problems carry line:column; a syntax error is one of them).
 * Text is parsed with `JSON.parse`; text it refuses waits for the runtime door's parser
 * (runtime-door.ts, loaded on first use), which tells where the error is.
 */
import type { FormDefinition } from '@shenbao/core';
import type { RulesInput } from '../../resolve-rules.js';
import { runtimeDoor, type DoorProblem, type DoorSource } from './definition-door.js';

interface Given<T> {
  value: T | undefined;
  text?: string | undefined;
  problem?: DoorProblem | undefined;
  /** `JSON.parse` refused the text: the runtime door's parser tells why and where. */
  unparsed?: DoorSource;
}

function take<T>(value: T | string | undefined, file: DoorSource, before: Given<T>): Given<T> {
  if (typeof value !== 'string') return { value };
  if (value === before.text) return before; // the same text again: the same object, checked once
  try {
    return { value: JSON.parse(value) as T, text: value };
  } catch {
    return parseLater<T>({ value: undefined, text: value, unparsed: file });
  }
}

/** Parses text `JSON.parse` refused with the runtime door's parser, once it is loaded. */
function parseLater<T>(given: Given<T>): Given<T> {
  const door = runtimeDoor();
  if (!given.unparsed || given.text === undefined || !door) return given;
  const parsed = door.parseDoorText(given.text, given.unparsed);
  return { value: parsed.value as T | undefined, text: given.text, problem: parsed.problem };
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
  /** Whether some text waits for the runtime door's parser (runtime-door.ts) to be loaded. */
  get unparsed(): boolean {
    return !!(this.def.unparsed || this.pack.unparsed);
  }
  /** The door's view of them (text waiting for the runtime door is parsed now if it is loaded). */
  input(): { definition: FormDefinition | undefined; definitionText: string | undefined; rules: RulesInput | undefined; rulesText: string | undefined; parseProblems: DoorProblem[] } {
    this.def = parseLater(this.def);
    this.pack = parseLater(this.pack);
    const parseProblems = [this.def.problem, this.pack.problem].filter((p): p is DoorProblem => p !== undefined);
    return { definition: this.def.value, definitionText: this.def.text, rules: this.pack.value, rulesText: this.pack.text, parseProblems };
  }
}
