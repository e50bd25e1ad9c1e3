import { describe, expect, it } from 'vitest';
import { createPackRuntime } from '../pack-runtime.js';
import { createReferenceRuntime } from '../reference/index.js';
import type { OperatorName } from '../pack-types.js';
import { resolveStandalone } from '../resolve-pack.js';
import { after, before, notAfter, notBefore } from './dates.js';
import { empty, notEmpty } from './emptiness.js';
import { idBirthDateDiffers } from './id-birth-date.js';
import { idGenderDiffers } from './id-gender.js';
import { within1MonthBefore, within6MonthsBefore } from './within-months.js';
import { compareDates, customOperators, engineOperators, isEmptyValue, monthsBefore, operatorNames } from './index.js';

/** Whether one condition `data/v operator value` fires, in a real json-rules-engine run and the compiled runtime alike. */
async function fires(operator: OperatorName, fact: unknown, value: unknown, context: Record<string, unknown> = {}): Promise<boolean> {
  const pack = resolveStandalone({
    form: 'ops',
    year: 2024,
    rules: [
      {
        id: 'OPS-1',
        description: '运算符测试',
        conditions: { all: [{ fact: 'data', path: '/v', operator, value }] },
        event: { type: 'require', params: { fields: ['/x'] } },
      },
    ],
  });
  const facts = { data: fact === undefined ? {} : { v: fact }, context, params: {} };
  const reference = (await createReferenceRuntime(pack).run(facts)).length === 1;
  const compiled = (await createPackRuntime(pack).run(facts)).length === 1;
  expect(compiled).toBe(reference);
  return reference;
}

describe('operator registry', () => {
  it('names the 20 operators a pack may use', () => {
    expect([...operatorNames].sort()).toEqual(
      ['after', 'before', 'contains', 'doesNotContain', 'empty', 'equal', 'greaterThan', 'greaterThanInclusive', 'idBirthDateDiffers', 'idGenderDiffers', 'in', 'lessThan', 'lessThanInclusive', 'notAfter', 'notBefore', 'notEmpty', 'notEqual', 'notIn', 'within1MonthBefore', 'within6MonthsBefore'].sort(),
    );
    expect(customOperators.map((o) => o.name)).toEqual(['empty', 'notEmpty', 'before', 'after', 'notBefore', 'notAfter', 'within1MonthBefore', 'within6MonthsBefore', 'idBirthDateDiffers', 'idGenderDiffers']);
    expect(engineOperators).toHaveLength(10);
    for (const op of customOperators) expect(op.acceptsAnyFact).toBe(true);
  });
});

describe('isEmptyValue / empty / notEmpty', () => {
  it.each([
    [undefined, true],
    [null, true],
    ['', true],
    ['   ', true],
    ['\n\t', true],
    [[], true],
    [{}, true],
    ['a', false],
    [' a ', false],
    [0, false],
    [false, false],
    [[null], false],
    [{ a: undefined }, false],
  ])('%j is empty: %s', (value, isEmpty) => {
    expect(isEmptyValue(value)).toBe(isEmpty);
    expect(empty.evaluate(value, true)).toBe(isEmpty);
    expect(notEmpty.evaluate(value, true)).toBe(!isEmpty);
  });
});

describe('compareDates and the date operators', () => {
  it('compares YYYY, YYYY-MM and YYYY-MM-DD strings', () => {
    expect(compareDates('2020-01-01', '2020-01-02')).toBe(-1);
    expect(compareDates('2020-12-31', '2020-02-01')).toBe(1);
    expect(compareDates('2020-05-05', '2020-05-05')).toBe(0);
    expect(compareDates('2019', '2020')).toBe(-1);
    expect(compareDates('2020-09', '2020-10')).toBe(-1);
  });

  it('compares mixed precision on the common prefix', () => {
    expect(compareDates('2020-09', '2020-09-30')).toBe(0);
    expect(compareDates('2020', '2020-12-31')).toBe(0);
    expect(compareDates('2020-08', '2020-09-01')).toBe(-1);
  });

  it('gives undefined for anything that is not such a date', () => {
    for (const bad of ['2020-13-01', '2020-00', '2020-02-32', '20-01-01', '2020/01/01', '2020-1-1', '', ' 2020', '2020-01-01T00:00:00Z', 2020, null, undefined, {}, ['2020']]) {
      expect(compareDates(bad, '2020-01-01'), JSON.stringify(bad)).toBeUndefined();
      expect(compareDates('2020-01-01', bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('before / after / notBefore / notAfter, false when either side is not a date', () => {
    expect(before.evaluate('2020-01-01', '2020-01-02')).toBe(true);
    expect(before.evaluate('2020-01-02', '2020-01-02')).toBe(false);
    expect(after.evaluate('2020-01-03', '2020-01-02')).toBe(true);
    expect(after.evaluate('2020-01-02', '2020-01-02')).toBe(false);
    expect(notBefore.evaluate('2020-01-02', '2020-01-02')).toBe(true);
    expect(notBefore.evaluate('2020-01-01', '2020-01-02')).toBe(false);
    expect(notAfter.evaluate('2020-01-02', '2020-01-02')).toBe(true);
    expect(notAfter.evaluate('2020-01-03', '2020-01-02')).toBe(false);
    for (const op of [before, after, notBefore, notAfter]) {
      expect(op.evaluate(undefined, '2020-01-01')).toBe(false);
      expect(op.evaluate('2020-01-01', 'yesterday')).toBe(false);
    }
  });
});

describe('within N months before (COMMON-13)', () => {
  it('moves back whole calendar months, clamping the day to the month end', () => {
    expect(monthsBefore('2024-05-01', 6)).toBe('2023-11-01');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2023-08-31', 6)).toBe('2023-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2024-01-15', 1)).toBe('2023-12-15');
    expect(monthsBefore('2024-05', 1)).toBeUndefined();
  });

  it('6个月内: the first and last day of the window are in, the day before and a future date are not', () => {
    expect(within6MonthsBefore.evaluate('2023-11-01', '2024-05-01')).toBe(true);
    expect(within6MonthsBefore.evaluate('2024-05-01', '2024-05-01')).toBe(true);
    expect(within6MonthsBefore.evaluate('2023-10-31', '2024-05-01')).toBe(false);
    expect(within6MonthsBefore.evaluate('2024-05-02', '2024-05-01')).toBe(false);
  });

  it('近一个月: one calendar month', () => {
    expect(within1MonthBefore.evaluate('2024-04-01', '2024-05-01')).toBe(true);
    expect(within1MonthBefore.evaluate('2024-03-31', '2024-05-01')).toBe(false);
  });

  it('is false for anything that is not a full date on either side', () => {
    for (const bad of [undefined, null, '', '2024-04', '2024', '2024-02-30x', 20240401, {}]) {
      expect(within6MonthsBefore.evaluate(bad, '2024-05-01'), JSON.stringify(bad)).toBe(false);
      expect(within6MonthsBefore.evaluate('2024-04-01', bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('ID number against birth date and gender (COMMON-3)', () => {
  // 11010519491231002X: born 1949-12-31, sequence 002 (even): female.
  it('idBirthDateDiffers: true only for a valid ID whose birth date is another date', () => {
    expect(idBirthDateDiffers.evaluate('11010519491231002X', '1949-12-30')).toBe(true);
    expect(idBirthDateDiffers.evaluate('11010519491231002X', '1949-12-31')).toBe(false);
    expect(idBirthDateDiffers.evaluate('110105194912310021', '1949-12-30')).toBe(false); // bad check digit
    expect(idBirthDateDiffers.evaluate('H12345678', '1949-12-30')).toBe(false); // not a resident ID
    expect(idBirthDateDiffers.evaluate('11010519491231002X', undefined)).toBe(false);
    expect(idBirthDateDiffers.evaluate(undefined, '1949-12-30')).toBe(false);
    expect(idBirthDateDiffers.evaluate('11010519491231002X', '1949-12')).toBe(false);
  });

  it('idGenderDiffers: true only for a valid ID whose gender is the other code', () => {
    expect(idGenderDiffers.evaluate('11010519491231002X', '1')).toBe(true);
    expect(idGenderDiffers.evaluate('11010519491231002X', '2')).toBe(false);
    expect(idGenderDiffers.evaluate('110105194912310021', '1')).toBe(false);
    expect(idGenderDiffers.evaluate('11010519491231002X', 'male')).toBe(false);
    expect(idGenderDiffers.evaluate('11010519491231002X', undefined)).toBe(false);
  });
});

describe('every operator in a real json-rules-engine run and compiled', () => {
  it.each<[OperatorName, unknown, unknown, boolean]>([
    ['equal', 'a', 'a', true],
    ['equal', 'a', 'b', false],
    ['equal', 1, '1', false],
    ['notEqual', 'a', 'b', true],
    ['notEqual', 'a', 'a', false],
    ['lessThan', 1, 2, true],
    ['lessThan', 2, 2, false],
    ['lessThan', 'abc', 2, false],
    ['lessThanInclusive', 2, 2, true],
    ['lessThanInclusive', 3, 2, false],
    ['greaterThan', 3, 2, true],
    ['greaterThan', 2, 2, false],
    ['greaterThanInclusive', 2, 2, true],
    ['greaterThanInclusive', 1, 2, false],
    ['in', 'b', ['a', 'b'], true],
    ['in', 'c', ['a', 'b'], false],
    ['notIn', 'c', ['a', 'b'], true],
    ['notIn', 'a', ['a', 'b'], false],
    ['contains', ['a', 'b'], 'a', true],
    ['contains', ['a', 'b'], 'c', false],
    ['contains', 'abc', 'a', false],
    ['doesNotContain', ['a', 'b'], 'c', true],
    ['doesNotContain', ['a', 'b'], 'a', false],
    ['empty', undefined, true, true],
    ['empty', '  ', true, true],
    ['empty', [], true, true],
    ['empty', 'x', true, false],
    ['notEmpty', 'x', true, true],
    ['notEmpty', 0, true, true],
    ['notEmpty', undefined, true, false],
    ['notEmpty', {}, true, false],
    ['before', '2020-01-01', '2020-06', true],
    ['before', '2020-06-15', '2020-06', false],
    ['after', '2021', '2020-12-31', true],
    ['after', 'not a date', '2020-12-31', false],
    ['notBefore', '2020-06-15', '2020-06', true],
    ['notBefore', '2020-05-31', '2020-06', false],
    ['notAfter', '2020-06', '2020-06-30', true],
    ['notAfter', '2020-07', '2020-06-30', false],
    ['after', undefined, '2020-01-01', false],
    ['within6MonthsBefore', '2023-11-01', '2024-05-01', true],
    ['within6MonthsBefore', '2023-10-31', '2024-05-01', false],
    ['within1MonthBefore', '2024-04-01', '2024-05-01', true],
    ['within1MonthBefore', undefined, '2024-05-01', false],
    ['idBirthDateDiffers', '11010519491231002X', '1949-12-30', true],
    ['idBirthDateDiffers', '11010519491231002X', '1949-12-31', false],
    ['idGenderDiffers', '11010519491231002X', '1', true],
    ['idGenderDiffers', '11010519491231002X', '2', false],
  ])('%s(%j, %j) fires: %s', async (operator, fact, value, expected) => {
    expect(await fires(operator, fact, value)).toBe(expected);
  });

  it('compares with a fact reference as the value (context /today)', async () => {
    expect(await fires('after', '2030-01-01', { fact: 'context', path: '/today' }, { today: '2024-05-01' })).toBe(true);
    expect(await fires('after', '2000-01-01', { fact: 'context', path: '/today' }, { today: '2024-05-01' })).toBe(false);
    expect(await fires('after', '2030-01-01', { fact: 'context', path: '/today' }, {})).toBe(false);
    expect(await fires('within6MonthsBefore', '2024-01-01', { fact: 'context', path: '/today' }, { today: '2024-05-01' })).toBe(true);
    expect(await fires('within6MonthsBefore', '2023-01-01', { fact: 'context', path: '/today' }, { today: '2024-05-01' })).toBe(false);
  });
});
