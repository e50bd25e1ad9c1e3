/**
 * What changed between two years' resolved packs, per param and per rule: the answer policy staff
 * need before a season ("what is different from last year?"). Rule bodies are compared as JSON
 * text with the `diff` library.
 */
import { structuredPatch } from 'diff';
import type { PackRule, ResolvedPack } from './pack-types.js';

/** One param's change. */
export interface ParamChange {
  name: string;
  change: 'added' | 'removed' | 'changed';
  description: string;
  from?: unknown;
  to?: unknown;
}

/** One rule's change; `patch` holds the changed lines of its JSON for `changed`. */
export interface RuleChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  description: string;
  previousDescription?: string;
  patch?: string[];
}

/** The difference between two packs of one form. */
export interface PackDiff {
  form: string;
  from: number;
  to: number;
  params: ParamChange[];
  rules: RuleChange[];
}

const body = (rule: PackRule) => JSON.stringify({ forEach: rule.forEach, conditions: rule.conditions, event: rule.event }, null, 2) + '\n';

/** Compares two resolved packs of the same form. */
export function diffPacks(a: ResolvedPack, b: ResolvedPack): PackDiff {
  const params: ParamChange[] = [];
  for (const name of new Set([...Object.keys(a.params), ...Object.keys(b.params)])) {
    const x = a.params[name];
    const y = b.params[name];
    if (!x && y) params.push({ name, change: 'added', description: y.description, to: y.value });
    else if (x && !y) params.push({ name, change: 'removed', description: x.description, from: x.value });
    else if (x && y && JSON.stringify(x.value) !== JSON.stringify(y.value)) {
      params.push({ name, change: 'changed', description: y.description, from: x.value, to: y.value });
    }
  }
  const rules: RuleChange[] = [];
  const before = new Map(a.rules.map((r) => [r.id, r]));
  const after = new Map(b.rules.map((r) => [r.id, r]));
  for (const rule of a.rules) if (!after.has(rule.id)) rules.push({ id: rule.id, change: 'removed', description: rule.description });
  for (const rule of b.rules) {
    const old = before.get(rule.id);
    if (!old) {
      rules.push({ id: rule.id, change: 'added', description: rule.description });
      continue;
    }
    const oldBody = body(old);
    const newBody = body(rule);
    if (oldBody === newBody && old.description === rule.description) continue;
    const change: RuleChange = { id: rule.id, change: 'changed', description: rule.description };
    if (old.description !== rule.description) change.previousDescription = old.description;
    if (oldBody !== newBody) {
      const patch = structuredPatch(`${a.year}`, `${b.year}`, oldBody, newBody, undefined, undefined, { context: 1 });
      change.patch = patch.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]);
    }
    rules.push(change);
  }
  return { form: b.form, from: a.year, to: b.year, params, rules };
}

const mark = { added: '+ 新增', removed: '- 删除', changed: '~ 修改' } as const;

/** Renders a diff for people, in Chinese. */
export function formatPackDiff(d: PackDiff): string {
  const lines = [`表单 ${d.form}：${d.from} 年 → ${d.to} 年`];
  if (!d.params.length && !d.rules.length) return `${lines[0]}\n没有差异。`;
  if (d.params.length) {
    lines.push('', '参数：');
    for (const p of d.params) {
      const values = p.change === 'changed' ? `${JSON.stringify(p.from)} → ${JSON.stringify(p.to)}` : JSON.stringify(p.change === 'added' ? p.to : p.from);
      lines.push(`  ${mark[p.change]} ${p.name}（${p.description}）：${values}`);
    }
  }
  if (d.rules.length) {
    lines.push('', '规则：');
    for (const r of d.rules) {
      lines.push(`  ${mark[r.change]} ${r.id}：${r.description}`);
      if (r.previousDescription) lines.push(`      说明原为：${r.previousDescription}`);
      for (const l of r.patch ?? []) lines.push(`      ${l}`);
    }
  }
  return lines.join('\n');
}
