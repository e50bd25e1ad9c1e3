/**
 * The built-in string formats of shenbao: identity documents and phone numbers. Register them with a
 * validator by name (`format: 'cn-id'` in a schema); hosts may add or replace entries.
 */
import { cnIdFormat } from './cn-id.js';
import { cnMobileFormat } from './cn-mobile.js';
import { cnResidencePermitFormat } from './cn-residence-permit.js';
import type { FormatDefinition } from './format-definition.js';
import { hkMacauPermitFormat } from './hk-macau-permit.js';
import { militaryOfficerFormat } from './military-officer.js';
import { passportFormat } from './passport.js';
import { twPermitFormat } from './tw-permit.js';

export type { FormatDefinition } from './format-definition.js';
export { fullMatch } from './format-definition.js';
export { cnIdFormat, cnIdCheckDigit, parseCnId, isCnId, CN_ID_MIN_BIRTH_YEAR, type CnIdInfo } from './cn-id.js';
export { cnMobileFormat, isCnMobile, CN_MOBILE_PATTERN } from './cn-mobile.js';
export {
  cnResidencePermitFormat,
  isCnResidencePermit,
  residencePermitRegion,
  RESIDENCE_PERMIT_PREFIXES,
  type ResidencePermitRegion,
} from './cn-residence-permit.js';
export { hkMacauPermitFormat, isHkMacauPermit, HK_MACAU_PERMIT_PATTERN } from './hk-macau-permit.js';
export { twPermitFormat, isTwPermit, TW_PERMIT_PATTERN } from './tw-permit.js';
export { passportFormat, isPassport, PASSPORT_PATTERN } from './passport.js';
export { militaryOfficerFormat, isMilitaryOfficer, MILITARY_OFFICER_PATTERN } from './military-officer.js';

/** Every built-in format, in a stable order; names are unique. */
export const formats: FormatDefinition[] = [
  cnIdFormat,
  cnResidencePermitFormat,
  cnMobileFormat,
  hkMacauPermitFormat,
  twPermitFormat,
  passportFormat,
  militaryOfficerFormat,
];

/** Finds a built-in format by name. */
export function findFormat(name: string): FormatDefinition | undefined {
  return formats.find((format) => format.name === name);
}
