import { describe, it, expect } from 'vitest';
import { ethnicityDictionary } from './ethnicity.js';

const ORDER =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 ' +
  '门巴 珞巴 基诺';

describe('ethnicity dictionary', () => {
  const items = ethnicityDictionary.items;

  it('has 56 groups plus 97 and 98', () => {
    expect(items).toHaveLength(58);
    expect(items.map((entry) => entry.code).slice(56)).toEqual(['97', '98']);
  });

  it('codes the groups 01–56 in GB/T 3304 order with 族', () => {
    const names = ORDER.split(' ');
    expect(names).toHaveLength(56);
    names.forEach((name, index) => {
      expect(items[index]?.code).toBe(String(index + 1).padStart(2, '0'));
      expect(items[index]?.label['zh-CN']).toBe(`${name}族`);
    });
  });

  it('spot-checks well-known codes', () => {
    const byCode = new Map(items.map((entry) => [entry.code, entry.label]));
    expect(byCode.get('01')).toEqual({ 'zh-CN': '汉族', en: 'Han' });
    expect(byCode.get('05')).toEqual({ 'zh-CN': '维吾尔族', en: 'Uyghur' });
    expect(byCode.get('15')).toEqual({ 'zh-CN': '土家族', en: 'Tujia' });
    expect(byCode.get('56')).toEqual({ 'zh-CN': '基诺族', en: 'Jino' });
    expect(byCode.get('97')?.['zh-CN']).toBe('其他');
    expect(byCode.get('98')?.['zh-CN']).toBe('外国血统中国籍人士');
  });

  it('gives every item a distinct English name', () => {
    const english = items.map((entry) => entry.label.en);
    expect(english.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    expect(new Set(english).size).toBe(58);
  });
});
