/**
 * Issue 10 item 9, the Vue host: built by Vite, served next to the real reference server, driven
 * in Chromium at 375 px — sign in, choose 绑定工作单位 and see the rules show 单位名称, pick the unit
 * (the host's `@shenbao-input` fills 工作单位信息), 确定; the host posts the declaration with
 * `fetch` and the server has stored it, submitted. The host's sources type-check strictly against
 * the generated `@shenbao/ui/vue` typings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, declareWorkUnit, openHost, pickedUnit, shotsDir, type HostHarness } from '../host-kit/test/host-harness.js';

const root = join(import.meta.dirname, '..', '..');
let h: HostHarness;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  h = await openHost('vue');
}, 180_000);
afterAll(async () => h?.close(), 60_000);

describe('Vue host (examples/vue)', () => {
  it('declares a work unit: the rule-driven fields appear, the host submits, the server stores it', async () => {
    const recordId = await declareWorkUnit(h, 'vue');
    const token = await bearer(h.api);
    const response = await fetch(`${h.api}/records/${recordId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const record = (await response.json()) as { status: string; form: string; data: { action?: string; unit?: string; confirmationCode?: string; boundUnit?: { name?: string; orgCode?: string } } };
    expect(record.form).toBe('work-unit');
    expect(record.status).toBe('submitted');
    expect(record.data).toMatchObject({ action: 'bind', unit: pickedUnit.orgCode, confirmationCode: 'A3K9Q2', boundUnit: { name: pickedUnit.name, orgCode: pickedUnit.orgCode } });
    expect(h.consoleErrors).toEqual([]);
    console.log(`Vue host build, gzip: index.html loads ${h.gzip.entry} B of JavaScript, all chunks ${h.gzip.total} B`);
  }, 120_000);

  it('type-checks strictly (vue-tsc --noEmit, strictTemplates) with the generated GlobalComponents typings, no casts', () => {
    execFileSync(process.execPath, [join(root, 'examples/vue/node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', join(root, 'examples/vue')], { cwd: root, stdio: 'pipe' });
  }, 120_000);
});
