/**
 * How each operator of `@shenbao/rules` reads in a Chinese sentence, and which values it takes: one
 * entry per operator (a registry, not a switch), so a new operator shows up in the condition builder
 * and the sentences by adding one line here.
 */
import type { OperatorName } from '@shenbao/rules';

/** What an operator compares: any value, a number, a date, a list of values, or no value at all. */
export type OperatorValueKind = 'any' | 'number' | 'date' | 'list' | 'none';

/** One operator as policy staff see it. */
export interface OperatorPhrase {
  /** The operator's name in the pack (`greaterThanInclusive`). */
  name: OperatorName;
  /** The words between the subject and the value (`不少于`). */
  zh: string;
  /** The English words, for the en locale. */
  en: string;
  /** The kind of value it takes. */
  value: OperatorValueKind;
}

/** Every operator, in the order the condition builder offers them. */
export const operatorPhrases: readonly OperatorPhrase[] = [
  { name: 'equal', zh: '为', en: 'is', value: 'any' },
  { name: 'notEqual', zh: '不为', en: 'is not', value: 'any' },
  { name: 'empty', zh: '未填写', en: 'is empty', value: 'none' },
  { name: 'notEmpty', zh: '已填写', en: 'is filled in', value: 'none' },
  { name: 'in', zh: '为以下之一', en: 'is one of', value: 'list' },
  { name: 'notIn', zh: '不为以下任何一项', en: 'is none of', value: 'list' },
  { name: 'lessThan', zh: '少于', en: 'is less than', value: 'number' },
  { name: 'lessThanInclusive', zh: '不多于', en: 'is at most', value: 'number' },
  { name: 'greaterThan', zh: '多于', en: 'is more than', value: 'number' },
  { name: 'greaterThanInclusive', zh: '不少于', en: 'is at least', value: 'number' },
  { name: 'contains', zh: '包含', en: 'contains', value: 'any' },
  { name: 'doesNotContain', zh: '不包含', en: 'does not contain', value: 'any' },
  { name: 'before', zh: '早于', en: 'is before', value: 'date' },
  { name: 'after', zh: '晚于', en: 'is after', value: 'date' },
  { name: 'notBefore', zh: '不早于', en: 'is not before', value: 'date' },
  { name: 'notAfter', zh: '不晚于', en: 'is not after', value: 'date' },
  { name: 'within1MonthBefore', zh: '在以下日期之前一个月以内', en: 'is within one month before', value: 'date' },
  { name: 'within6MonthsBefore', zh: '在以下日期之前6个月以内', en: 'is within six months before', value: 'date' },
  { name: 'idBirthDateDiffers', zh: '所含出生日期不同于', en: 'carries a birth date other than', value: 'date' },
  { name: 'idGenderDiffers', zh: '所含性别不同于', en: 'carries a gender other than', value: 'any' },
];

const byName = new Map(operatorPhrases.map((p) => [p.name as string, p]));

/** The phrase of an operator; an unknown operator reads as its own name. */
export function operatorPhrase(name: string): OperatorPhrase {
  return byName.get(name) ?? { name: name as OperatorName, zh: name, en: name, value: 'any' };
}
