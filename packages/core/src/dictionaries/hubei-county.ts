/**
 * Administrative divisions of Hubei province (湖北省) with GB/T 2260 codes: all 17 prefecture-level
 * units (12 cities, the Enshi autonomous prefecture and the 4 county-level units administered directly
 * by the province, which count among the "17 市州") and the districts, counties and county-level
 * cities under them. Only codes known with confidence are listed; a host with the full, current
 * GB/T 2260 table should replace this dictionary through the registry.
 *
 * Extras: `level` is `prefecture` or `county`; a county carries `parent`, the code of its prefecture;
 * the four directly administered units carry `directlyAdministered: true` and have no counties.
 */
import { defineDictionary, dictionaryItem, type Dictionary, type DictionaryItem } from './dictionary.js';

/** A prefecture-level unit: code, Chinese and English name, and its counties as [code, name] pairs. */
type Prefecture = readonly [code: string, zh: string, en: string, counties: ReadonlyArray<readonly [string, string]>];

const PREFECTURES: readonly Prefecture[] = [
  ['420100', '武汉市', 'Wuhan', [
    ['420102', '江岸区'], ['420103', '江汉区'], ['420104', '硚口区'], ['420105', '汉阳区'],
    ['420106', '武昌区'], ['420107', '青山区'], ['420111', '洪山区'], ['420112', '东西湖区'],
    ['420114', '蔡甸区'], ['420115', '江夏区'], ['420116', '黄陂区'], ['420117', '新洲区'],
  ]],
  ['420200', '黄石市', 'Huangshi', [
    ['420202', '黄石港区'], ['420203', '西塞山区'], ['420204', '下陆区'], ['420205', '铁山区'],
    ['420222', '阳新县'], ['420281', '大冶市'],
  ]],
  ['420300', '十堰市', 'Shiyan', [
    ['420302', '茅箭区'], ['420303', '张湾区'], ['420304', '郧阳区'], ['420322', '郧西县'],
    ['420323', '竹山县'], ['420324', '竹溪县'], ['420325', '房县'], ['420381', '丹江口市'],
  ]],
  ['420500', '宜昌市', 'Yichang', [
    ['420502', '西陵区'], ['420503', '伍家岗区'], ['420504', '点军区'], ['420505', '猇亭区'],
    ['420506', '夷陵区'], ['420525', '远安县'], ['420526', '兴山县'], ['420527', '秭归县'],
    ['420528', '长阳土家族自治县'], ['420529', '五峰土家族自治县'], ['420581', '宜都市'],
    ['420582', '当阳市'], ['420583', '枝江市'],
  ]],
  ['420600', '襄阳市', 'Xiangyang', [
    ['420602', '襄城区'], ['420606', '樊城区'], ['420607', '襄州区'], ['420624', '南漳县'],
    ['420625', '谷城县'], ['420626', '保康县'], ['420682', '老河口市'], ['420683', '枣阳市'],
    ['420684', '宜城市'],
  ]],
  ['420700', '鄂州市', 'Ezhou', [
    ['420702', '梁子湖区'], ['420703', '华容区'], ['420704', '鄂城区'],
  ]],
  ['420800', '荆门市', 'Jingmen', [
    ['420802', '东宝区'], ['420804', '掇刀区'], ['420822', '沙洋县'], ['420881', '钟祥市'],
  ]],
  ['420900', '孝感市', 'Xiaogan', [
    ['420902', '孝南区'], ['420921', '孝昌县'], ['420922', '大悟县'], ['420923', '云梦县'],
    ['420981', '应城市'], ['420982', '安陆市'], ['420984', '汉川市'],
  ]],
  ['421000', '荆州市', 'Jingzhou', [
    ['421002', '沙市区'], ['421003', '荆州区'], ['421022', '公安县'], ['421024', '江陵县'],
    ['421081', '石首市'], ['421083', '洪湖市'], ['421087', '松滋市'],
  ]],
  ['421100', '黄冈市', 'Huanggang', [
    ['421102', '黄州区'], ['421121', '团风县'], ['421122', '红安县'], ['421123', '罗田县'],
    ['421124', '英山县'], ['421125', '浠水县'], ['421126', '蕲春县'], ['421127', '黄梅县'],
    ['421181', '麻城市'], ['421182', '武穴市'],
  ]],
  ['421200', '咸宁市', 'Xianning', [
    ['421202', '咸安区'], ['421221', '嘉鱼县'], ['421222', '通城县'], ['421223', '崇阳县'],
    ['421224', '通山县'], ['421281', '赤壁市'],
  ]],
  ['421300', '随州市', 'Suizhou', [
    ['421303', '曾都区'], ['421321', '随县'], ['421381', '广水市'],
  ]],
  ['422800', '恩施土家族苗族自治州', 'Enshi Tujia and Miao Autonomous Prefecture', [
    ['422801', '恩施市'], ['422802', '利川市'], ['422822', '建始县'], ['422823', '巴东县'],
    ['422825', '宣恩县'], ['422826', '咸丰县'], ['422827', '来凤县'], ['422828', '鹤峰县'],
  ]],
];

/** County-level units administered directly by the province (省直辖县级行政区划). */
const DIRECT: ReadonlyArray<readonly [string, string, string]> = [
  ['429004', '仙桃市', 'Xiantao'],
  ['429005', '潜江市', 'Qianjiang'],
  ['429006', '天门市', 'Tianmen'],
  ['429021', '神农架林区', 'Shennongjia Forestry District'],
];

/** All items: each prefecture followed by its counties, then the directly administered units. */
function hubeiItems(): DictionaryItem[] {
  const items: DictionaryItem[] = [];
  for (const [code, zh, en, counties] of PREFECTURES) {
    items.push(dictionaryItem(code, zh, en, { level: 'prefecture' }));
    for (const [countyCode, countyName] of counties) {
      items.push(dictionaryItem(countyCode, countyName, undefined, { level: 'county', parent: code }));
    }
  }
  for (const [code, zh, en] of DIRECT) {
    items.push(dictionaryItem(code, zh, en, { level: 'prefecture', directlyAdministered: true }));
  }
  return items;
}

/** Hubei's prefecture-level units and representative counties (GB/T 2260 codes). */
export const hubeiCountyDictionary: Dictionary = defineDictionary({
  id: 'hubei-county',
  label: { 'zh-CN': '湖北省行政区划', en: 'Hubei administrative divisions' },
  items: hubeiItems(),
});

/**
 * The counties listed under a prefecture code, in table order.
 *
 * @example
 * countiesOf('420700').map((c) => c.label['zh-CN']); // ['梁子湖区', '华容区', '鄂城区']
 */
export function countiesOf(prefectureCode: string, dictionary: Dictionary = hubeiCountyDictionary): DictionaryItem[] {
  return dictionary.items.filter((entry) => entry['level'] === 'county' && entry['parent'] === prefectureCode);
}
