import { describe, it, expect } from 'vitest';
import { cnIdCheckDigit } from './cn-id.js';
import { cnResidencePermitFormat, isCnResidencePermit, residencePermitRegion } from './cn-residence-permit.js';

describe('cn-residence-permit', () => {
  it('accepts the public sample numbers', () => {
    expect(isCnResidencePermit('810000199408230021')).toBe(true);
    expect(isCnResidencePermit('830000199201300022')).toBe(true);
  });

  it('tells the region from the prefix', () => {
    expect(residencePermitRegion('810000199408230021')).toBe('hong-kong');
    expect(residencePermitRegion('830000199201300022')).toBe('taiwan');
    const macau = `82000019900101001${cnIdCheckDigit('82000019900101001')}`;
    expect(residencePermitRegion(macau)).toBe('macau');
  });

  it('refuses a resident ID with an ordinary area code', () => {
    expect(isCnResidencePermit('11010519491231002X')).toBe(false);
    expect(residencePermitRegion('11010519491231002X')).toBeNull();
  });

  it('refuses other prefixes beginning with 8', () => {
    for (const prefix of ['810001', '840000', '800000', '811000']) {
      const first17 = `${prefix}19900101001`;
      expect(isCnResidencePermit(first17 + cnIdCheckDigit(first17)), prefix).toBe(false);
    }
  });

  it('refuses a wrong check character', () => {
    expect(isCnResidencePermit('810000199408230022')).toBe(false);
    expect(isCnResidencePermit('830000199201300023')).toBe(false);
  });

  it('checks the birth date like a resident ID', () => {
    const feb29 = '81000020230229001';
    expect(isCnResidencePermit(feb29 + cnIdCheckDigit(feb29))).toBe(false);
    const future = '81000019900101001';
    expect(residencePermitRegion(future + cnIdCheckDigit(future), new Date(1989, 11, 31))).toBeNull();
  });

  it('refuses lowercase x and white space', () => {
    const first17 = '81000019900101006';
    expect(cnIdCheckDigit(first17)).toBe('X');
    const valid = `${first17}X`;
    expect(isCnResidencePermit(valid)).toBe(true);
    expect(isCnResidencePermit(`${first17}x`)).toBe(false);
    expect(isCnResidencePermit(` ${valid}`)).toBe(false);
    expect(isCnResidencePermit(`${valid} `)).toBe(false);
    expect(isCnResidencePermit('')).toBe(false);
  });

  it('is described and named', () => {
    expect(cnResidencePermitFormat.name).toBe('cn-residence-permit');
    expect(cnResidencePermitFormat.validate('810000199408230021')).toBe(true);
    expect(cnResidencePermitFormat.description['zh-CN']).toContain('810000');
  });
});
