/**
 * Pure helpers of the condition builder: the subjects a leaf can compare (fields by label, list
 * items, params, list counts, context), the kind of a group, and immutable edits.
 */
import type { Condition, LeafCondition, NestedCondition, PackParam } from '@shenbao/rules';
import type { CatalogField, FieldCatalog } from '../../model/field-catalog.js';

/** A group's kind as the builder names it: 全部 (all), 任一 (any), 非 (not). */
export type GroupKind = 'all' | 'any' | 'not';

/** Labels of the group kinds. */
export const groupLabels: Record<GroupKind, string> = { all: '全部满足', any: '任一满足', not: '非（都不满足）' };

/** One subject a leaf condition can compare. */
export interface Subject {
  key: string;
  label: string;
  group: string;
  fact: LeafCondition['fact'];
  path?: string;
  params?: { path: string; where?: Record<string, unknown> };
  field?: CatalogField;
}

/** True for all/any/not. */
export const isGroup = (c: Condition): c is NestedCondition => 'all' in c || 'any' in c || 'not' in c;

/** The kind of a group. */
export const kindOf = (c: NestedCondition): GroupKind => ('all' in c ? 'all' : 'any' in c ? 'any' : 'not');

/** The children of a group (`not` has one). */
export const childrenOf = (c: NestedCondition): Condition[] => ('all' in c ? c.all : 'any' in c ? c.any : [c.not]);

/** A group of `kind` holding `children` (`not` of several children wraps them in 全部). */
export function makeGroup(kind: GroupKind, children: Condition[]): NestedCondition {
  if (kind === 'all') return { all: children };
  if (kind === 'any') return { any: children };
  return { not: children.length === 1 ? children[0]! : { all: children } };
}

/** The key of a leaf's subject (`data:/region`, `count:/teachers`). */
export function subjectKey(leaf: LeafCondition): string {
  if (leaf.fact === 'count') return `count:${leaf.params?.path ?? leaf.path ?? ''}${leaf.params?.where ? ':' + JSON.stringify(leaf.params.where) : ''}`;
  return `${leaf.fact}:${leaf.path ?? ''}`;
}

/** Every subject the builder offers for a rule (item fields only inside a `forEach` rule). */
export function subjectsOf(catalog: FieldCatalog, params: Record<string, PackParam>, forEach?: string): Subject[] {
  const subjects: Subject[] = [];
  const listTemplate = forEach?.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*');
  for (const field of catalog.fields) {
    if (field.type === 'object') continue;
    if (listTemplate && field.pointer.startsWith(`${listTemplate}/*/`)) {
      const path = field.pointer.slice(listTemplate.length + 2);
      if (!path.includes('/*')) subjects.push({ key: `item:${path}`, label: `该项的 ${field.label}`, group: '当前项', fact: 'item', path, field });
    }
    if (field.inList) continue;
    if (field.type === 'array') {
      subjects.push({ key: `count:${field.pointer}`, label: `${field.label} 的项数`, group: '项数', fact: 'count', params: { path: field.pointer } });
      for (const item of catalog.fields.filter((f) => f.options && f.pointer.startsWith(`${field.pointer}/*/`) && !f.pointer.slice(field.pointer.length + 3).includes('/'))) {
        const rel = item.pointer.slice(field.pointer.length + 2);
        for (const option of item.options!) {
          const where = { [rel]: option.value };
          subjects.push({ key: `count:${field.pointer}:${JSON.stringify(where)}`, label: `${field.label} 中 ${item.label} 为 ${option.label} 的项数`, group: '项数', fact: 'count', params: { path: field.pointer, where } });
        }
      }
      continue;
    }
    subjects.push({ key: `data:${field.pointer}`, label: field.fullLabel, group: '表单字段', fact: 'data', path: field.pointer, field });
  }
  for (const [pointer, info] of catalog.context) {
    if (pointer && info.label) subjects.push({ key: `context:${pointer}`, label: info.label['zh-CN'], group: '环境', fact: 'context', path: pointer });
  }
  for (const [name, param] of Object.entries(params)) subjects.push({ key: `params:/${name}`, label: `参数「${param.description}」（${name}）`, group: '参数', fact: 'params', path: `/${name}` });
  return subjects;
}

/** A new leaf comparing `subject` (value reset to fit it). */
export function leafFor(subject: Subject, operator: LeafCondition['operator'] = 'equal'): LeafCondition {
  const leaf: LeafCondition = { fact: subject.fact, operator, value: '' };
  if (subject.path !== undefined) leaf.path = subject.path;
  if (subject.params) leaf.params = subject.params;
  const option = subject.field?.options?.[0];
  if (subject.fact === 'count') leaf.value = 1;
  else if (option) leaf.value = option.value;
  else if (subject.field?.type === 'number' || subject.field?.type === 'integer') leaf.value = 0;
  else if (subject.field?.type === 'boolean') leaf.value = true;
  // A leaf keeps json-rules-engine's key order: fact, path, params, operator, value.
  const { fact, path, params, value } = leaf;
  return { fact, ...(path !== undefined ? { path } : {}), ...(params ? { params } : {}), operator, value };
}
