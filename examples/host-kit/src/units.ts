/**
 * The host's unit directory behind the work-unit form's `x-dictionary: "unit"` search (a real host
 * asks its own organisation registry): `lookup.search` answers matching units, and choosing one
 * gives the details the form shows as 工作单位信息.
 */
import type { ShenbaoForm } from '@shenbao/ui';

/** A unit as the directory knows it. */
export interface Unit {
  name: string;
  orgCode: string;
  supervisor: string;
  category: string;
}

/** The directory (organisation codes are the units' 统一社会信用代码). */
export const units: readonly Unit[] = [
  { name: '武汉市武昌区中医医院', orgCode: '12420106441360046P', supervisor: '武汉市武昌区卫生健康局', category: '中医医院' },
  { name: '武汉市第一医院', orgCode: '12420100441357421K', supervisor: '武汉市卫生健康委员会', category: '综合医院' },
  { name: '武汉市中医医院', orgCode: '124201004413574389', supervisor: '武汉市卫生健康委员会', category: '中医医院' },
];

/** The unit with this organisation code. */
export function unitByCode(orgCode: unknown): Unit | undefined {
  return units.find((u) => u.orgCode === orgCode);
}

/** The form's `lookup`: units whose name contains the query. */
export const unitLookup: NonNullable<ShenbaoForm['lookup']> = {
  async search(dictionary, query) {
    if (dictionary !== 'unit') return [];
    return units.filter((u) => u.name.includes(query.trim())).map((u) => ({ code: u.orgCode, label: { 'zh-CN': u.name, en: u.name } }));
  },
};
