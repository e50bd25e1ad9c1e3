import { describe, it, expect } from 'vitest';
import { cnIdCheckDigit, cnIdFormat, isCnId, parseCnId } from './cn-id.js';

/** Appends the correct check character to 17 digits. */
function withCheck(first17: string): string {
  return first17 + cnIdCheckDigit(first17);
}

/** Local date parts of `date` shifted by `days`, as YYYYMMDD. */
function ymd(date: Date, days = 0): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

describe('cnIdCheckDigit', () => {
  it('computes the published samples', () => {
    expect(cnIdCheckDigit('11010519491231002')).toBe('X');
    expect(cnIdCheckDigit('44052418800101001')).toBe('4');
  });

  it('maps every remainder to the GB 11643 character', () => {
    // Only the last weight (2) varies: digit d in position 17 adds 2d to the sum of the fixed prefix.
    const seen = new Set<string>();
    for (let d = 0; d <= 9; d += 1) seen.add(cnIdCheckDigit(`4201061990010100${d}`));
    expect(seen.size).toBe(10);
    for (const c of seen) expect('10X98765432').toContain(c);
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => cnIdCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => cnIdCheckDigit('110105194912310021')).toThrow(RangeError);
    expect(() => cnIdCheckDigit('1101051949123100A')).toThrow(RangeError);
  });
});

describe('parseCnId', () => {
  it('reads the published samples', () => {
    expect(parseCnId('11010519491231002X')).toEqual({ areaCode: '110105', birthDate: '1949-12-31', gender: 'female' });
    expect(parseCnId('440524188001010014')).toEqual({ areaCode: '440524', birthDate: '1880-01-01', gender: 'male' });
  });

  it('reads the gender from the parity of the sequence', () => {
    expect(parseCnId(withCheck('42010619900101123'))?.gender).toBe('male');
    expect(parseCnId(withCheck('42010619900101124'))?.gender).toBe('female');
    expect(parseCnId(withCheck('42010619900101000'))?.gender).toBe('female');
  });

  it('returns null for a wrong check character', () => {
    for (const c of '0123456789X') {
      if (c === 'X') continue;
      expect(parseCnId(`11010519491231002${c}`)).toBeNull();
    }
    expect(parseCnId('440524188001010015')).toBeNull();
  });

  it('detects every single-digit change in the first 17 digits', () => {
    const valid = '420106199001011234';
    const fixed = withCheck(valid.slice(0, 17));
    expect(isCnId(fixed)).toBe(true);
    for (let i = 0; i < 17; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === fixed[i]) continue;
        const changed = fixed.slice(0, i) + String(d) + fixed.slice(i + 1);
        expect(isCnId(changed), changed).toBe(false);
      }
    }
  });

  it('checks Feb 29 against leap years', () => {
    expect(isCnId(withCheck('42010620000229001'))).toBe(true); // 2000: divisible by 400
    expect(isCnId(withCheck('42010619960229001'))).toBe(true);
    expect(isCnId(withCheck('42010619000229001'))).toBe(false); // 1900: century, not leap
    expect(isCnId(withCheck('42010620230229001'))).toBe(false);
    expect(isCnId(withCheck('42010620230228001'))).toBe(true);
  });

  it('refuses impossible dates', () => {
    for (const date of ['19901301', '19900001', '19900100', '19900132', '19900431', '19900631']) {
      expect(isCnId(withCheck(`420106${date}001`)), date).toBe(false);
    }
    expect(isCnId(withCheck('42010619901231001'))).toBe(true);
  });

  it('accepts birth years from 1800 on', () => {
    expect(isCnId(withCheck('42010617991231001'))).toBe(false);
    expect(isCnId(withCheck('42010618000101001'))).toBe(true);
  });

  it('refuses birth dates in the future', () => {
    const now = new Date();
    expect(isCnId(withCheck(`420106${ymd(now, 1)}001`))).toBe(false);
    expect(isCnId(withCheck(`420106${ymd(now, 400)}001`))).toBe(false);
    expect(isCnId(withCheck(`420106${ymd(now, -1)}001`))).toBe(true);
  });

  it('compares against the given day', () => {
    const today = new Date(2020, 0, 1);
    expect(parseCnId(withCheck('42010620200101001'), today)?.birthDate).toBe('2020-01-01');
    expect(parseCnId(withCheck('42010620200102001'), today)).toBeNull();
  });

  it('refuses a leading zero area code', () => {
    expect(isCnId(withCheck('02010619900101001'))).toBe(false);
  });

  it('accepts only uppercase X', () => {
    expect(isCnId('11010519491231002X')).toBe(true);
    expect(isCnId('11010519491231002x')).toBe(false);
  });

  it('refuses wrong lengths, white space and other characters', () => {
    const valid = '11010519491231002X';
    for (const value of [
      '',
      valid.slice(0, 17),
      `${valid}0`,
      ` ${valid}`,
      `${valid} `,
      `${valid}\n`,
      '110105 19491231002X',
      '１１０１０５１９４９１２３１００２Ｘ',
      '11010519491231002Y',
      '1101051949123100XX',
      '110105491231002', // old 15-digit numbers are not accepted
    ]) {
      expect(isCnId(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('never throws on non-string input at run time', () => {
    for (const value of [undefined, null, 11010519491231002, {}, []]) {
      expect(isCnId(value as unknown as string)).toBe(false);
    }
  });
});

describe('cnIdFormat', () => {
  it('is named cn-id and validates with isCnId', () => {
    expect(cnIdFormat.name).toBe('cn-id');
    expect(cnIdFormat.validate('11010519491231002X')).toBe(true);
    expect(cnIdFormat.validate('110105194912310021')).toBe(false);
  });

  it('says uppercase X in both locales', () => {
    expect(cnIdFormat.description['zh-CN']).toContain('大写 X');
    expect(cnIdFormat.description.en).toContain('uppercase X');
  });
});
