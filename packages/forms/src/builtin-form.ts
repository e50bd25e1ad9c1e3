/**
 * What a built-in form is (definition, typed rule packs) and how a per-form entry makes one: its
 * definition.json bundled with the shared schema pieces it `$ref`s.
 */
import { bundleDefinition, type FormDefinition, type RulePack } from '@shenbao/core';
import educationRecord from '@shenbao/forms/shared/education-record.json' with { type: 'json' };
import nurseCertificate from '@shenbao/forms/shared/nurse-certificate.json' with { type: 'json' };
import person from '@shenbao/forms/shared/person.json' with { type: 'json' };
import practicingCertificate from '@shenbao/forms/shared/practicing-certificate.json' with { type: 'json' };
import probation from '@shenbao/forms/shared/probation.json' with { type: 'json' };
import professionalTitle from '@shenbao/forms/shared/professional-title.json' with { type: 'json' };
import qualificationCertificate from '@shenbao/forms/shared/qualification-certificate.json' with { type: 'json' };
import unit from '@shenbao/forms/shared/unit.json' with { type: 'json' };

/** The shared schema pieces (`packages/forms/shared/*.json`) by file name. */
export const sharedSchemas = {
  'education-record.json': educationRecord,
  'nurse-certificate.json': nurseCertificate,
  'person.json': person,
  'practicing-certificate.json': practicingCertificate,
  'probation.json': probation,
  'professional-title.json': professionalTitle,
  'qualification-certificate.json': qualificationCertificate,
  'unit.json': unit,
} as const;

/** A built-in form: its definition (bundled with the shared pieces) and its rule packs by year as written (resolve a year with `resolvePack`). */
export interface BuiltinForm<Year extends number = number> {
  id: string;
  definition: FormDefinition;
  packs: { readonly [Y in Year]: RulePack };
}

/** A built-in form from its definition file and packs (the per-form entries call this). */
export function builtinFormOf<Year extends number>(id: string, definitionFile: object, packs: { readonly [Y in Year]: RulePack }): BuiltinForm<Year> {
  const result = bundleDefinition(definitionFile as FormDefinition, sharedSchemas, `${id}/definition.json`);
  if (result.problems.length) throw new Error(result.problems.map((p) => p.message).join('; '));
  return { id, definition: result.definition, packs };
}
