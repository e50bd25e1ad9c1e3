/**
 * @shenbao/forms — the built-in forms of the Hubei health-talent platform as data: each form's
 * definition (bundled with the shared pieces), its yearly rule packs and its scenarios, plus the
 * TypeScript type of its data.
 */
import type { FormDefinition } from '@shenbao/core';
import { registry, sharedSchemas } from './generated/registry.js';

export type { HealthQualificationData } from './generated/health-qualification.js';
export { healthQualificationSchema } from './generated/health-qualification.js';
export type { PhysicianExamConfirmData } from './generated/physician-exam-confirm.js';
export { physicianExamConfirmSchema } from './generated/physician-exam-confirm.js';
export type { PhysicianExamMaterialsData } from './generated/physician-exam-materials.js';
export { physicianExamMaterialsSchema } from './generated/physician-exam-materials.js';
export type { PhysicianProbationData } from './generated/physician-probation.js';
export { physicianProbationSchema } from './generated/physician-probation.js';
export type { RealNameData } from './generated/real-name.js';
export { realNameSchema } from './generated/real-name.js';
export type { TcmExpertiseData } from './generated/tcm-expertise.js';
export { tcmExpertiseSchema } from './generated/tcm-expertise.js';
export type { WorkUnitData } from './generated/work-unit.js';
export { workUnitSchema } from './generated/work-unit.js';
export { sharedSchemas };

/** A built-in form: its definition, rule packs by year (as written; resolve a year with `resolvePack`) and scenarios. */
export interface BuiltinForm {
  id: string;
  definition: FormDefinition;
  packs: Readonly<Record<number, unknown>>;
  scenarios: readonly { file: string; scenario: unknown }[];
}

/** Every built-in form, in folder order. */
export const builtinForms: readonly BuiltinForm[] = registry as unknown as readonly BuiltinForm[];

/** The built-in form with this id; throws with the known ids when there is none. */
export function builtinForm(id: string): BuiltinForm {
  const form = builtinForms.find((f) => f.id === id);
  if (!form) throw new Error(`未知的表单“${id}”（已有：${builtinForms.map((f) => f.id).join('、')}）`);
  return form;
}

/** The TCM expertise assessment form (manual 003). */
export const tcmExpertise: BuiltinForm = builtinForm('tcm-expertise');
