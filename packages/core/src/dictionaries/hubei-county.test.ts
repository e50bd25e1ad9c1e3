import { describe, it, expect } from 'vitest';
import { countiesOf, hubeiCountyDictionary } from './hubei-county.js';

describe('hubei-county dictionary', () => {
  const items = hubeiCountyDictionary.items;
  const prefectures = items.filter((entry) => entry['level'] === 'prefecture');
  const counties = items.filter((entry) => entry['level'] === 'county');

  it('lists the 17 prefecture-level units', () => {
    expect(prefectures.map((entry) => `${entry.code} ${entry.label['zh-CN']}`)).toEqual([
      '420100 武汉市',
      '420200 黄石市',
      '420300 十堰市',
      '420500 宜昌市',
      '420600 襄阳市',
      '420700 鄂州市',
      '420800 荆门市',
      '420900 孝感市',
      '421000 荆州市',
      '421100 黄冈市',
      '421200 咸宁市',
      '421300 随州市',
      '422800 恩施土家族苗族自治州',
      '429004 仙桃市',
      '429005 潜江市',
      '429006 天门市',
      '429021 神农架林区',
    ]);
  });

  it('uses 6-digit codes of Hubei (42…) that are unique', () => {
    for (const entry of items) expect(entry.code, entry.code).toMatch(/^42\d{4}$/);
    expect(new Set(items.map((entry) => entry.code)).size).toBe(items.length);
  });

  it('gives each city and the prefecture at least 3 counties sharing its 4-digit prefix', () => {
    for (const prefecture of prefectures.filter((entry) => entry['directlyAdministered'] !== true)) {
      const own = countiesOf(prefecture.code);
      expect(own.length, prefecture.code).toBeGreaterThanOrEqual(3);
      for (const county of own) expect(county.code.slice(0, 4)).toBe(prefecture.code.slice(0, 4));
    }
  });

  it('marks the four directly administered units, which have no counties', () => {
    const direct = prefectures.filter((entry) => entry['directlyAdministered'] === true);
    expect(direct.map((entry) => entry.code)).toEqual(['429004', '429005', '429006', '429021']);
    for (const entry of direct) expect(countiesOf(entry.code)).toEqual([]);
  });

  it('points every county at a listed prefecture', () => {
    const codes = new Set(prefectures.map((entry) => entry.code));
    for (const county of counties) expect(codes.has(String(county['parent'])), county.code).toBe(true);
    expect(counties.every((county) => county.code.slice(4) !== '00')).toBe(true);
  });

  it('knows well-known districts', () => {
    const label = (code: string): string | undefined => items.find((entry) => entry.code === code)?.label['zh-CN'];
    expect(label('420106')).toBe('武昌区');
    expect(label('420111')).toBe('洪山区');
    expect(label('420281')).toBe('大冶市');
    expect(label('422801')).toBe('恩施市');
    expect(countiesOf('420700').map((entry) => entry.label['zh-CN'])).toEqual(['梁子湖区', '华容区', '鄂城区']);
  });

  it('names prefectures in English', () => {
    for (const entry of prefectures) expect(entry.label.en, entry.code).toBeTruthy();
  });
});
