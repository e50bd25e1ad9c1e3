/**
 * `locale="en"` in a browser build: the English catalog is not in `@shenbao/ui/define` (core's
 * `#built-in-locales` gives a browser a loader) — it loads when an element first asks for it, and the
 * element holds its render until then, so the candidate sees English from the first frame (never a
 * Chinese render first) and every message — UI texts, schema issues, rule issues — is English.
 */
import { describe, expect, it } from 'vitest';
import { pendingLocale, text } from '@shenbao/core';
import type { ShenbaoForm } from '../elements/form/form.js';
import { atWidth, builtinForm, deepQueryAll, deepText, fieldAt, packOf, settle, today } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');

describe('locale="en": the English catalog on first use', () => {
  atWidth(1280);

  it('is not in the page before an element asks for it (texts read zh-CN until then)', () => {
    expect(pendingLocale('en')).toBeInstanceOf(Promise);
    expect(text('ui.next', 'en')).toBe('下一步');
    expect(pendingLocale('zh-CN')).toBeUndefined();
  });

  it('an en form renders English from its first render, and its messages are English', async () => {
    const form = document.createElement('shenbao-form') as ShenbaoForm;
    Object.assign(form, { definition: tcm.definition, rules: packOf(tcm), context: { today }, draftKey: '', locale: 'en', value: {} });
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(deepText(form.shadowRoot!)));
    document.body.append(form);
    observer.observe(form.shadowRoot!, { childList: true, subtree: true, characterData: true });
    expect(form.shadowRoot!.childNodes.length).toBe(0); // nothing rendered while the catalog loads
    await settle(form);
    observer.disconnect();

    expect(pendingLocale('en')).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => /下一步|上一步|确定|申报须知/.test(t))).toEqual([]); // no Chinese UI text in any render
    expect(deepText(form.shadowRoot!)).toContain('Next');

    const evaluation = await form.check();
    const name = evaluation!.issues.find((i) => i.path === '/applicant/name');
    expect(name?.message).toBe('Please fill in Name');
    expect(evaluation!.issues.every((i) => !/[\u4e00-\u9fff]/.test(i.message))).toBe(true);
    form.reportValidity();
    await settle(form);
    expect(fieldAt(form, '/applicant/name').error).toBe('Please fill in Name');
    expect(deepQueryAll(form, 'shenbao-field').every((f) => (f as ShenbaoForm).locale === 'en')).toBe(true);
  });

  it('a form switched from zh-CN to en re-renders in English', async () => {
    const form = document.createElement('shenbao-form') as ShenbaoForm;
    Object.assign(form, { definition: tcm.definition, rules: packOf(tcm), context: { today }, draftKey: '', value: {} });
    document.body.append(form);
    await settle(form);
    expect(deepText(form.shadowRoot!)).toContain('下一步');
    form.locale = 'en';
    await settle(form);
    expect(deepText(form.shadowRoot!)).toContain('Next');
    expect(deepText(form.shadowRoot!)).not.toContain('下一步');
  });
});
