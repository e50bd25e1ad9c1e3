import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintPack, type PackRule } from '@shenbao/rules';
import { builtinFormsDir, loadForm } from '@shenbao/cli';
import { chainOf, newYearPack, paramStatus, parentOf, removeRule, resolveDraft, ruleStatus, setParam, upsertRule } from './pack-edit.js';
import { EditHistory } from './history.js';

const tcm = await loadForm(join(builtinFormsDir(), 'tcm-expertise'));
const packs = tcm.packs.map((p) => p.value);
const newest = Math.max(...packs.map((p) => p.year));

describe('editing a year as a delta', () => {
  it('makes a new year that extends the newest and holds nothing', () => {
    const draft = newYearPack(packs, newest + 1);
    expect(draft).toMatchObject({ form: 'tcm-expertise', year: newest + 1, extends: newest, rules: [] });
    expect(chainOf([...packs, draft], newest + 1).at(-1)).toBe(newest + 1);
    expect(resolveDraft(packs, draft).rules).toEqual(resolveDraft(packs, packs.find((p) => p.year === newest)!).rules);
    expect(() => newYearPack(packs, newest)).toThrow(/必须晚于/);
  });

  it('keeps a changed param and drops it again when set back', () => {
    let draft = newYearPack(packs, newest + 1);
    draft = setParam(packs, draft, 'minRecommenders', 3);
    expect(draft.params?.['minRecommenders']?.value).toBe(3);
    expect(paramStatus(parentOf(packs, draft), draft, 'minRecommenders')).toBe('changed');
    expect(lintPack(draft, tcm.definition!.value, 'x.json', packs)).toEqual([]);
    draft = setParam(packs, draft, 'minRecommenders', 2);
    expect(draft.params).toBeUndefined();
  });

  it('writes remove for an inherited rule and un-removes it when it is put back', () => {
    const base = newYearPack(packs, newest + 1);
    const inherited = resolveDraft(packs, base).rules[0]!;
    const removed = removeRule(packs, base, inherited.id);
    expect(removed.remove).toEqual([inherited.id]);
    expect(resolveDraft(packs, removed).rules.some((r) => r.id === inherited.id)).toBe(false);
    expect(lintPack(removed, tcm.definition!.value, 'x.json', packs)).toEqual([]);
    const back = upsertRule(packs, removed, inherited);
    expect(back.remove).toBeUndefined();
    expect(back.rules).toEqual([]);
  });

  it('marks rules inherited, changed and new', () => {
    const base = newYearPack(packs, newest + 1);
    const inherited = resolveDraft(packs, base).rules[0]!;
    const changed = upsertRule(packs, base, { ...inherited, description: '改过的说明' });
    const rule: PackRule = { id: 'TCM-2.new', description: 'n', conditions: { all: [] }, event: { type: 'require', params: { fields: ['/region'] } } };
    const added = upsertRule(packs, changed, rule);
    const parent = parentOf(packs, added);
    expect(ruleStatus(parent, added, inherited.id)).toBe('changed');
    expect(ruleStatus(parent, added, 'TCM-2.new')).toBe('new');
    expect(ruleStatus(parent, added, resolveDraft(packs, base).rules[1]!.id)).toBe('inherited');
    expect(removeRule(packs, added, 'TCM-2.new').rules.map((r) => r.id)).toEqual([inherited.id]);
  });

  it('undoes and redoes edits and knows when they are unsaved', () => {
    const history = new EditHistory(newYearPack(packs, newest + 1));
    expect(history.dirty).toBe(false);
    history.push(setParam(packs, history.current, 'minRecommenders', 3));
    expect(history.dirty).toBe(true);
    history.undo();
    expect(history.current.params).toBeUndefined();
    expect(history.dirty).toBe(false);
    history.redo();
    expect(history.current.params?.['minRecommenders']?.value).toBe(3);
    history.markSaved();
    expect(history.dirty).toBe(false);
    expect(history.canRedo).toBe(false);
  });
});
