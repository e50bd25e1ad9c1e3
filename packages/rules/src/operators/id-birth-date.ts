/**
 * `idBirthDateDiffers`: the fact is a valid resident ID number (GB 11643) whose birth date differs
 * from the value, a `YYYY-MM-DD` birth date (COMMON-3). False when the number is not a valid resident
 * ID (its own format check reports that) or the value is not a date, so the rule never doubles an
 * error nor fires on a blank.
 */
import { parseCnId } from '@shenbao/core';
import type { OperatorDefinition } from './operator-definition.js';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `idBirthDateDiffers`: the ID number's birth date is not the declared one. */
export const idBirthDateDiffers: OperatorDefinition = {
  name: 'idBirthDateDiffers',
  evaluate: (idNumber, birthDate) => {
    if (typeof idNumber !== 'string' || typeof birthDate !== 'string' || !FULL_DATE.test(birthDate)) return false;
    const info = parseCnId(idNumber, new Date(8640000000000000));
    return info !== null && info.birthDate !== birthDate;
  },
  acceptsAnyFact: true,
};
