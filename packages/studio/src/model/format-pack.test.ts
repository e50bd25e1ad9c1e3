import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinFormsDir } from '@shenbao/cli';
import { formatPack, lineWidth } from './format-pack.js';

const dir = builtinFormsDir();
const packFiles = readdirSync(dir)
  .filter((f) => existsSync(join(dir, f, 'rules')))
  .flatMap((f) => readdirSync(join(dir, f, 'rules')).map((y) => join(dir, f, 'rules', y)));

describe('formatPack', () => {
  it('writes every hand-written pack back unchanged', () => {
    expect(packFiles.length).toBeGreaterThan(5);
    for (const file of packFiles) {
      const text = readFileSync(file, 'utf8');
      expect(formatPack(JSON.parse(text), text), file).toBe(text);
    }
  });

  it('changes only the line of a changed param and keeps the rest of the text', () => {
    const file = packFiles.find((f) => f.includes('tcm-expertise'))!;
    const text = readFileSync(file, 'utf8');
    const pack = JSON.parse(text);
    pack.params.minRecommenders.value = 3;
    const before = text.split('\n');
    const after = formatPack(pack, text).split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['    "minRecommenders": { "value": 3, "description": "最少推荐医师人数（两种考生类型相同）" }']);
  });

  it('writes a new pack with stable key order, two-space indent, short objects on one line and a trailing newline', () => {
    const text = formatPack({ rules: [], params: { b: { description: 'x', value: 3 } }, extends: 2024, year: 2025, form: 'f' });
    expect(text).toBe('{ "form": "f", "year": 2025, "extends": 2024, "params": { "b": { "value": 3, "description": "x" } }, "rules": [] }\n');
    const long = { form: 'f', year: 2025, description: 'd'.repeat(130), rules: [{ id: 'A-1', description: 'x', conditions: { all: [] }, event: { type: 'require', params: { fields: ['/a'] } } }] };
    const out = formatPack(long);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual(long);
    expect(out).toContain('\n  "rules": [\n    {\n      "id": "A-1",');
    for (const line of out.split('\n')) if (!line.includes('ddd')) expect(line.length).toBeLessThanOrEqual(lineWidth);
  });
});
