import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf, en, fillTemplate, formatIssue, ISSUE_CODES, issueMessage, registeredLocales, text, zhCN } from './messages.js';

const formsDir = join(import.meta.dirname, '../../forms');

/** Every validation keyword used anywhere in the built-in definitions' schemas. */
function keywordsOf(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => keywordsOf(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' || k === '$defs') Object.values(v as object).forEach((s) => keywordsOf(s, out));
      else if (k.startsWith('x-') || k === 'enum' || k === 'const' || k === 'default' || k === 'examples') out.add(k);
      else {
        out.add(k);
        if (typeof v === 'object') keywordsOf(v, out);
      }
    }
  }
  return out;
}

const annotations = new Set(['type', 'title', 'description', 'readOnly', 'writeOnly', 'deprecated', 'x-enum-titles', 'x-enum-titles-en', 'x-item-of', 'x-title-en', 'x-dictionary', 'x-widget', 'x-mask', 'x-placeholder', '$ref', '$defs', 'properties', 'items', 'allOf', 'if', 'then', 'else', 'default', 'examples', '$comment']);

describe('messages', () => {
  it('has a zh-CN and an en text for every key, with the same key set', () => {
    expect(registeredLocales()).toEqual(['zh-CN', 'en']);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const catalog of [zhCN, en]) for (const [key, value] of Object.entries(catalog)) expect(value, key).toMatch(/\S/);
  });

  it('has a message for every issue code, in both locales', () => {
    for (const code of ISSUE_CODES) {
      const params = { label: '某项', limit: 1, name: 'a.jpg', accept: ['image/jpeg'], detected: null, detectedName: null, size: 1, sizeText: '1 KB', maxText: '1 KB', width: 1, height: 1, maxPixels: 1, orientation: 6, min: 1, max: 2, count: 0, key: 'k', what: 'string', length: 2, target: '/a', rules: 'r1、r2', detail: 'd', expected: 1, actual: 2, property: 'p', value: 'v', dictionary: 'd', allowed: [1], format: 'date', formatLabel: '日期', pattern: 'x' };
      for (const locale of ['zh-CN', 'en'] as const) {
        const message = formatIssue(code, params as never, locale);
        expect(message, `${code} ${locale}`).toMatch(/\S/);
        expect(message, `${code} ${locale}: a placeholder left unfilled`).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });

  it('removed the hidden-value refusal (COMMON-9): no code, no text', () => {
    expect(ISSUE_CODES).not.toContain('hidden-value');
    expect(Object.keys(zhCN).some((key) => key.includes('hidden-value'))).toBe(false);
  });

  it('falls back to zh-CN for a locale nobody registered', () => {
    expect(catalogOf('fr' as never)).toBe(catalogOf('zh-CN'));
    expect(text('ui.progress', 'zh-CN', { n: 2, total: 5 })).toBe('第 2 步，共 5 步');
    expect(text('ui.progress', 'en', { n: 2, total: 5 })).toBe('Step 2 of 5');
  });

  it('translates every validation keyword the built-in forms use', () => {
    const forms = readdirSync(formsDir).filter((d) => existsSync(join(formsDir, d, 'definition.json')));
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      const definition = JSON.parse(readFileSync(join(formsDir, form, 'definition.json'), 'utf8'));
      for (const keyword of keywordsOf(definition.schema)) {
        if (annotations.has(keyword)) continue;
        expect(ISSUE_CODES, `${form}: keyword ${keyword}`).toContain(keyword);
      }
    }
  });

  it('fills placeholders and keeps unknown ones', () => {
    expect(fillTemplate('{a} 与 {b}', { a: 1 })).toBe('1 与 {b}');
    expect(fillTemplate('{list}', { list: ['x', 'y'] })).toBe('x、y');
    expect(issueMessage('required', 'zh-CN', { label: '姓名' })).toBe('请填写姓名');
    expect(issueMessage('required', 'en', {})).toBe('Please fill in This field');
    expect(issueMessage('no-such-code', 'zh-CN', { label: 'x' })).toBe('x 不符合要求');
  });

  it('uses every catalog key somewhere (no dead text)', () => {
    // The packages, and the reference server's browser client (the `uploader.` texts are its).
    const roots = ['core/src', 'rules/src', 'ui/src', '../examples/server/src/client'].map((dir) => join(import.meta.dirname, '../..', dir));
    const sources = roots
      .flatMap((root) => (readdirSync(root, { recursive: true }) as string[]).map((file) => ({ root, file })))
      .filter(({ file }) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.stories.ts') && !file.startsWith('messages/'))
      .map(({ root, file }) => readFileSync(join(root, file), 'utf8'))
      .join('\n');
    const quoted = (name: string) => sources.includes(`'${name}'`);
    const used = (key: string) => {
      const base = key.replace(/\.(one|other)$/, '');
      const section = base.slice(base.indexOf('.') + 1);
      const family = key.slice(0, key.lastIndexOf('.') + 1);
      // The key itself, the key under its section's lookup (`t('next')` for `ui.next`), a plural's
      // base, or a family of keys chosen by a value (`lifecycle.status.${status}`).
      return quoted(base) || quoted(section) || sources.includes('`' + family + '${');
    };
    const dead = Object.keys(zhCN).filter((key) => !used(key));
    expect(dead).toEqual([]);
  });
});
