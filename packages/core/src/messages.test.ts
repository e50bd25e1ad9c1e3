import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, issueMessage, messageTemplates } from './messages.js';

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
  it('has zh-CN and en text for every code', () => {
    for (const [code, t] of Object.entries(messageTemplates)) {
      expect(t['zh-CN'], code).toMatch(/\S/);
      expect(t.en, code).toMatch(/\S/);
    }
  });

  it('translates every validation keyword the built-in forms use', () => {
    const forms = readdirSync(formsDir).filter((d) => existsSync(join(formsDir, d, 'definition.json')));
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      const definition = JSON.parse(readFileSync(join(formsDir, form, 'definition.json'), 'utf8'));
      for (const keyword of keywordsOf(definition.schema)) {
        if (annotations.has(keyword)) continue;
        expect(Object.keys(messageTemplates), `${form}: keyword ${keyword}`).toContain(keyword);
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
});
