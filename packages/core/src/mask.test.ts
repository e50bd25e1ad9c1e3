import { describe, it, expect } from 'vitest';
import { findEmbeddedIds, maskEmbeddedIds, maskForReader, maskId, maskPhone, maskValue } from './mask.js';

describe('COMMON-4 maskId', () => {
  it('keeps the first 4 and last 4 of an 18-character ID', () => {
    expect(maskId('42010619900101123X')).toBe('4201**********123X');
    expect(maskId('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the first 4 and last 4 from 9 characters up', () => {
    expect(maskId('H12345678')).toBe('H123*5678');
    expect(maskId('H1234567890')).toBe('H123***7890');
    expect(maskId('E1234567890123456')).toBe('E123*********3456');
  });

  it('keeps the first 2 and last 2 for 6–8 characters', () => {
    expect(maskId('123456')).toBe('12**56');
    expect(maskId('1234567')).toBe('12***67');
    expect(maskId('12345678')).toBe('12****78');
  });

  it('hides strings shorter than 6 entirely', () => {
    expect(maskId('12345')).toBe('*****');
    expect(maskId('1')).toBe('*');
    expect(maskId('')).toBe('');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(maskId('南字第123456号')).toBe('南字第1**456号');
    expect(maskId('😀😀😀😀😀😀😀😀😀')).toBe('😀😀😀😀*😀😀😀😀');
    expect(maskId('a😀b')).toBe('***');
  });
});

describe('COMMON-4 maskPhone', () => {
  it('keeps the first 3 and last 4 of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('19900001111')).toBe('199****1111');
  });

  it('masks longer numbers keeping 3 and 4', () => {
    expect(maskPhone('+8613812341234')).toBe('+86*******1234');
    expect(maskPhone('027-87654321')).toBe('027*****4321');
  });

  it('keeps 2 and 2 for 6–10 characters', () => {
    expect(maskPhone('87654321')).toBe('87****21');
    expect(maskPhone('123456')).toBe('12**56');
  });

  it('hides short values entirely', () => {
    expect(maskPhone('110')).toBe('***');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskValue', () => {
  it('dispatches by kind', () => {
    expect(maskValue('13812341234', 'phone')).toBe('138****1234');
    expect(maskValue('13812341234', 'id')).toBe('1381***1234');
    expect(maskValue('42010619900101123X', 'id')).toBe('4201**********123X');
  });
});

describe('robustness', () => {
  const samples = ['', ' ', '\u0000', '\uD800', '身份证', '\u{1F600}'.repeat(30), 'x'.repeat(100_000), '13812341234\n'];

  it('never throws and keeps the code-point length', () => {
    for (const value of samples) {
      for (const masked of [maskId(value), maskPhone(value), maskValue(value, 'id'), maskValue(value, 'phone')]) {
        expect(Array.from(masked).length).toBe(Array.from(value).length);
      }
    }
  });

  it('always hides at least one character of a non-empty value', () => {
    for (const value of samples.filter((s) => s.length > 0)) {
      expect(maskId(value)).toContain('*');
      expect(maskPhone(value)).toContain('*');
    }
  });

  it('turns non-strings into an empty string at run time', () => {
    for (const value of [undefined, null, 42, {}]) {
      expect(maskId(value as unknown as string)).toBe('');
      expect(maskPhone(value as unknown as string)).toBe('');
    }
  });
});

describe('COMMON-4 numbers that embed a resident ID', () => {
  const cert = '199742110420102196505120037';

  it('finds a valid 18-character ID inside a certificate number', () => {
    expect(findEmbeddedIds(cert)).toEqual([{ index: 9, id: '420102196505120037' }]);
    // A window with a valid check character but an impossible birth date (year 1042) is no ID.
    expect(findEmbeddedIds(cert).some((f) => f.id === '974211042010219650')).toBe(false);
  });

  it('masks the embedded ID as maskId does and keeps the rest', () => {
    expect(maskEmbeddedIds(cert)).toBe('1997421104201**********0037');
    expect(maskEmbeddedIds(`证书号 ${cert} 号`)).toBe('证书号 1997421104201**********0037 号');
    expect(maskEmbeddedIds('11010519491231002X')).toBe('1101**********002X');
    expect(maskForReader(cert)).toBe('1997421104201**********0037');
    expect(maskForReader('13812341234', 'phone')).toBe('138****1234');
  });

  it('leaves numbers without a valid embedded ID unchanged', () => {
    // One check digit off: not an ID.
    expect(maskEmbeddedIds('199742110420102196505120038')).toBe('199742110420102196505120038');
    // A birth date after today is no ID.
    expect(findEmbeddedIds('420102196505120037', new Date('1960-01-01'))).toEqual([]);
    expect(maskEmbeddedIds('1234567890123456789012')).toBe('1234567890123456789012');
    expect(maskEmbeddedIds('Z20231234567')).toBe('Z20231234567');
    expect(maskEmbeddedIds('')).toBe('');
    expect(maskEmbeddedIds(undefined as unknown as string)).toBe('');
  });

  it('masks two IDs in one text and never an X before the 18th character', () => {
    expect(maskEmbeddedIds('11010519491231002X/420102196505120037')).toBe('1101**********002X/4201**********0037');
    expect(findEmbeddedIds('4201021965X5120037')).toEqual([]);
  });
});
