/**
 * @shenbao/forms — the built-in forms of the Hubei health-talent platform as data: each form's
 * definition (bundled with the shared pieces), its yearly rule packs typed as core's `RulePack`, and
 * the TypeScript type of its data. One form alone: `@shenbao/forms/<id>` (e.g.
 * `@shenbao/forms/tcm-expertise`); the scenarios: `@shenbao/forms/scenarios`.
 */
import { sharedSchemas, type BuiltinForm } from './builtin-form.js';
import { registry } from './generated/registry.js';

export type { HealthQualificationData, HealthQualificationYear } from './generated/health-qualification.js';
export { healthQualificationSchema } from './generated/health-qualification.js';
export type { PhysicianExamConfirmData, PhysicianExamConfirmYear } from './generated/physician-exam-confirm.js';
export { physicianExamConfirmSchema } from './generated/physician-exam-confirm.js';
export type { PhysicianExamMaterialsData, PhysicianExamMaterialsYear } from './generated/physician-exam-materials.js';
export { physicianExamMaterialsSchema } from './generated/physician-exam-materials.js';
export type { PhysicianProbationData, PhysicianProbationYear } from './generated/physician-probation.js';
export { physicianProbationSchema } from './generated/physician-probation.js';
export type { RealNameData, RealNameYear } from './generated/real-name.js';
export { realNameSchema } from './generated/real-name.js';
export type { TcmExpertiseData, TcmExpertiseYear } from './generated/tcm-expertise.js';
export { tcmExpertiseSchema } from './generated/tcm-expertise.js';
export type { WorkUnitData, WorkUnitYear } from './generated/work-unit.js';
export { workUnitSchema } from './generated/work-unit.js';
export { tcmExpertise } from './generated/forms/tcm-expertise.js';
export { sharedSchemas, type BuiltinForm };

/** Every built-in form, in folder order. */
export const builtinForms: readonly BuiltinForm[] = registry;

/** The built-in form with this id; throws with the known ids when there is none. */
export function builtinForm(id: string): BuiltinForm {
  const form = builtinForms.find((f) => f.id === id);
  if (!form) throw new Error(`未知的表单“${id}”（已有：${builtinForms.map((f) => f.id).join('、')}）`);
  return form;
}
