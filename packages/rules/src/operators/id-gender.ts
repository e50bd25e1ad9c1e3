/**
 * `idGenderDiffers`: the fact is a valid resident ID number (GB 11643) whose gender (the sequence
 * digit: odd male, even female) differs from the value, a gender code of the `gender` dictionary
 * (`1` male, `2` female) (COMMON-3). False when the number is not a valid resident ID or the value
 * is not such a code.
 */
import { genderCode, parseCnId } from '@shenbao/core';
import type { OperatorDefinition } from './operator-definition.js';

/** `idGenderDiffers`: the ID number's gender is not the declared one. */
export const idGenderDiffers: OperatorDefinition = {
  name: 'idGenderDiffers',
  evaluate: (idNumber, gender) => {
    if (typeof idNumber !== 'string' || (gender !== '1' && gender !== '2')) return false;
    const info = parseCnId(idNumber, new Date(8640000000000000));
    return info !== null && genderCode(info.gender) !== gender;
  },
  acceptsAnyFact: true,
};
