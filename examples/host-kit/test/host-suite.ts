/**
 * The browser test every host runs (issue 10 item 9): the host built by Vite, served next to the
 * real reference server, driven in Chromium at 375 px — sign in, choose 绑定工作单位 and see the
 * rules show 单位名称, pick the unit (the host fills 工作单位信息 from its `shenbao-input`
 * handler), 确定; the host posts the declaration with `fetch` and the server has stored it,
 * submitted. Then the host's sources type-check strictly with the generated typings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, declareWorkUnit, openHost, pickedUnit, shotsDir, type HostHarness } from './host-harness.js';

/** What a host's test says about itself. */
export interface HostSuite {
  host: 'react' | 'vue';
  title: string;
  /** The strict type check of the host's sources: a command and its arguments. */
  typecheck: { name: string; command: string; args: string[] };
  /** Further checks on the same running host. */
  more?: (harness: () => HostHarness) => void;
}

/** Declares the host's tests. */
export function hostSuite({ host, title, typecheck, more }: HostSuite): void {
  let h: HostHarness;
  beforeAll(async () => {
    mkdirSync(shotsDir, { recursive: true });
    h = await openHost(host);
  }, 180_000);
  afterAll(async () => h?.close(), 60_000);

  describe(title, () => {
    it('declares a work unit: the rule-driven fields appear, the host submits, the server stores it', async () => {
      const recordId = await declareWorkUnit(h, host);
      const token = await bearer(h.api);
      const response = await fetch(`${h.api}/records/${recordId}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const record = (await response.json()) as { status: string; form: string; data: unknown };
      expect(record.form).toBe('work-unit');
      expect(record.status).toBe('submitted');
      expect(record.data).toMatchObject({ action: 'bind', unit: pickedUnit.orgCode, confirmationCode: 'A3K9Q2', boundUnit: { name: pickedUnit.name, orgCode: pickedUnit.orgCode } });
      expect(h.consoleErrors).toEqual([]);
      console.log(`${title} build, gzip: index.html loads ${h.gzip.entry} B of JavaScript, all chunks ${h.gzip.total} B`);
    }, 120_000);

    more?.(() => h);

    it(`type-checks strictly (${typecheck.name}) with the generated typings, no casts`, () => {
      execFileSync(typecheck.command, typecheck.args, { stdio: 'pipe' });
    }, 120_000);
  });
}
