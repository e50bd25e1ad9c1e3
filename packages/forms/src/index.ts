/**
 * @shenbao/forms — the built-in forms of the Hubei health-talent platform as data: each form's
 * definition, its yearly rule packs and its scenarios, plus the TypeScript type of its data.
 */
import type { FormDefinition } from '@shenbao/core';
import tcmDefinition from '../tcm-expertise/definition.json' with { type: 'json' };
import tcm2024 from '../tcm-expertise/rules/2024.json' with { type: 'json' };

export type { TcmExpertiseData } from './generated/tcm-expertise.js';
export { tcmExpertiseSchema } from './generated/tcm-expertise.js';

/** A built-in form: its definition and rule packs as their JSON files hold them (resolve a year with `resolvePack`). */
export interface BuiltinForm {
  id: string;
  definition: FormDefinition;
  /** Rule packs by year. */
  packs: Record<number, unknown>;
}

/** The TCM expertise assessment form (manual 003). */
export const tcmExpertise: BuiltinForm = {
  id: 'tcm-expertise',
  definition: tcmDefinition as unknown as FormDefinition,
  packs: { 2024: tcm2024 },
};

/** Every built-in form. */
export const builtinForms: readonly BuiltinForm[] = [tcmExpertise];
