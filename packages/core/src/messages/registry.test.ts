/**
 * Adding a locale is adding one catalog and one registration line: a small test locale (the zh-CN
 * texts in brackets, placeholders kept) is registered, and issues, lifecycle refusals, labels and
 * attachment checks all speak it; an incomplete catalog is refused with a Chinese error naming the key.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkSlotCount } from '../attachments/slot-count.js';
import { statusLabel, transition, createRecord } from '../lifecycle.js';
import type { Locale } from '../types.js';
import type { Catalog } from './catalog.js';
import { formatIssue, issueMessage } from './issue-text.js';
import { catalogOf, isLocale, registeredLocales, registerLocale, text } from './registry.js';
import { zhCN } from './zh-CN.js';

const test = 'x-test' as Locale;
const bracketed = Object.fromEntries(Object.entries(zhCN).map(([key, value]) => [key, `⟦${value}⟧`])) as unknown as Catalog;

describe('registerLocale', () => {
  afterAll(() => registerLocale(test, zhCN));

  it('makes every text of a registered locale available', () => {
    expect(isLocale(test)).toBe(false);
    registerLocale(test, bracketed);
    expect(isLocale(test)).toBe(true);
    expect(registeredLocales()).toContain(test);
    expect(catalogOf(test)['ui.next']).toBe('⟦下一步⟧');
    expect(text('ui.progress', test, { n: 2, total: 5 })).toBe('⟦第 2 步，共 5 步⟧');
    expect(formatIssue('maxLength', { label: '姓名', limit: 20 }, test)).toBe('⟦姓名 最多 20 个字⟧');
    expect(issueMessage('required', test, {})).toBe('⟦请填写⟦该项⟧⟧');
    expect(statusLabel('returned', test)).toBe('⟦已退回⟧');
    expect(checkSlotCount([], { min: 2, max: 2, label: { 'zh-CN': '身份证件' } }, '/a', test)[0]?.message).toBe('⟦请上传身份证件（须 2 个文件，已上传 0 个）⟧');
  });

  it('keeps zh-CN and en reasons of lifecycle refusals', () => {
    const refused = transition(createRecord(), 'approve', { actor: { id: 'u', role: 'candidate' }, at: '2024-01-01T00:00:00Z' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden-role', reason: '只有审核人员可以“审核通过”', reasonEn: 'Only a reviewer can approve' });
  });

  it('refuses an incomplete catalog, naming what is missing or extra', () => {
    const { ['ui.next']: _next, ...missing } = zhCN;
    expect(() => registerLocale('x-bad' as Locale, missing as unknown as Catalog)).toThrow(/缺少文本“ui\.next”/);
    expect(() => registerLocale('x-bad' as Locale, { ...zhCN, 'ui.nxet': 'x' } as unknown as Catalog)).toThrow(/多余的键“ui\.nxet”/);
    expect(() => registerLocale('' as Locale, zhCN)).toThrow(/语言标记/);
    expect(isLocale('x-bad')).toBe(false);
  });
});
