import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinForms } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { generateSignoff } from './signoff.js';

/** Width and height of a baseline or progressive JPEG (its SOF segment). */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error('JPEG without a frame header');
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shenbao-signoff-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('pnpm signoff (the sign-off pack)', () => {
  it('lists every scenario of every form, with its verdicts, on the form page and counts them on the cover', async () => {
    const out = tempDir();
    const packs = await generateSignoff({ screenshots: false, outDir: out, log: () => undefined });
    expect(packs.map((p) => p.id)).toEqual(builtinForms.map((f) => f.id));
    const cover = readFileSync(join(out, 'index.html'), 'utf8');
    let total = 0;
    for (const form of builtinForms) {
      const html = readFileSync(join(out, `${form.id}.html`), 'utf8');
      const cards = [...html.matchAll(/data-scenario="([^"]+)"/g)].map((m) => m[1]);
      expect(cards, `${form.id}.html has one card per scenario file`).toEqual(scenariosOf(form.id).map((s) => s.file));
      for (const { scenario } of scenariosOf(form.id)) expect(html).toContain((scenario as { name: string }).name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      expect(cover).toContain(`href="${form.id}.html"`);
      total += scenariosOf(form.id).length;
    }
    expect(cover).toContain(`${builtinForms.length} 个表单、${total} 个场景`);
    // Every scenario agrees with evaluate() (as `shenbao rules test` says); a disagreeing one would be marked on its card.
    const disagreeing = packs.flatMap((p) => p.scenarios.filter((s) => !s.agrees).map((s) => `${p.id}/${s.file}`));
    expect(disagreeing).toEqual([]);
  });

  it('takes a 375 px screenshot of each scenario in Chromium and shows it on its card', async () => {
    const out = tempDir();
    const [pack] = await generateSignoff({ forms: ['work-unit'], outDir: out, log: () => undefined });
    const html = readFileSync(join(out, 'work-unit.html'), 'utf8');
    expect(pack!.scenarios.length).toBeGreaterThan(5);
    for (const scenario of pack!.scenarios) {
      const file = join(out, scenario.screenshot!);
      expect(existsSync(file), file).toBe(true);
      expect(html).toContain(`<img src="${scenario.screenshot}"`);
      const size = jpegSize(readFileSync(file));
      expect(size.width).toBe(375);
      expect(size.height).toBeGreaterThan(300);
    }
  }, 240_000);
});
