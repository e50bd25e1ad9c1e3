/**
 * `pnpm signoff`: the sign-off pack — one printable HTML page per built-in form (each scenario a
 * card: description, requirement IDs with their text, expected against actual verdict, the form at
 * 375 px in 信息确认, a column for the reviewer's mark) and a cover page with counts, written to
 * `signoff/` (git-ignored). The verdicts come from `evaluate()` in Node; the screenshots from
 * `<shenbao-form>` in headless Debian Chromium (playwright), served by one Vite dev server page that
 * swaps scenarios without reloading (fast on a small machine). Chinese needs a CJK font installed.
 *
 * Usage: node --conditions=source --import tsx scripts/signoff.ts [--no-screenshots] [--out dir] [form-id …]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinForms, type BuiltinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { evaluate, resolvePack, type RulePack, type Scenario } from '@shenbao/rules';
import { openMemoryPage } from './memory-page.js';
import { coverHtml, formHtml, type PackForm, type PackScenario } from './signoff/pack-html.js';

/** Where `pnpm signoff` writes the pack by default (git-ignored). */
export const defaultOutDir = join(import.meta.dirname, '..', 'signoff');
/** Phone width of the screenshots, and the most of the page's height a card shows (the top: title, issue list, first sections). */
const width = 375;
const maxHeight = 1300; // a card (the picture at 260 px wide) then fits one A4 page

/**
 * The page's script: `window.showScenario(formId, file)` mounts `<shenbao-form>` in confirm mode
 * with that scenario and resolves once everything under it has rendered.
 */
const pageScript = /* js */ `
import '/packages/ui/src/define.ts';
import { builtinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { resolvePack } from '@shenbao/rules';

const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
window.showScenario = async (formId, file) => {
  const form = builtinForm(formId);
  const packs = Object.values(form.packs);
  const scenario = scenariosOf(form.id).find((s) => s.file === file).scenario;
  const element = document.createElement('shenbao-form');
  Object.assign(element, {
    definition: form.definition,
    rules: resolvePack(packs, scenario.year ?? Math.max(...Object.keys(form.packs).map(Number))),
    context: scenario.context ?? {},
    draftKey: '',
    mode: 'confirm',
    value: structuredClone(scenario.data),
  });
  document.getElementById('app').replaceChildren(element);
  await element.updateComplete;
  await element.check();
  for (let i = 0; i < 2; i++) {
    await element.updateComplete;
    await Promise.all(all(element.shadowRoot).map((e) => e.updateComplete));
  }
  element.shadowRoot.activeElement?.blur();
  await document.fonts.ready;
  return document.documentElement.scrollHeight;
};
window.shenbaoReady = true;
`;

/** The page, served from memory. */
const signoffPage = {
  name: 'shenbao-signoff',
  title: 'shenbao sign-off',
  css: `      body { margin: 0; background: #fff; font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }`,
  script: pageScript,
};

/** Options of {@link generateSignoff}. */
export interface SignoffOptions {
  /** Form ids (default: every built-in form). */
  forms?: readonly string[];
  /** Take the 375 px screenshots (default true). */
  screenshots?: boolean;
  outDir?: string;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
}

/** The pack's data of one form: every scenario evaluated with `evaluate()` (no browser). */
export async function packForm(form: BuiltinForm): Promise<PackForm> {
  const newest = Math.max(...Object.keys(form.packs).map(Number));
  const summaries = new Map((form.definition.requirements ?? []).map((r) => [r.id, r.summary]));
  const scenarios: PackScenario[] = [];
  for (const { file, scenario: raw } of scenariosOf(form.id)) {
    const scenario = raw as Scenario;
    const year = scenario.year ?? newest;
    const pack = resolvePack(Object.values(form.packs) as RulePack[], year);
    const evaluation = await evaluate(form.definition, pack, structuredClone(scenario.data), scenario.context ?? {});
    const expectedIssues = scenario.expect.issues ?? [];
    const found = expectedIssues.every((i) => evaluation.issues.some((e) => e.path === i.path && e.code === i.code));
    scenarios.push({
      file,
      name: scenario.name,
      ...(scenario.description ? { description: scenario.description } : {}),
      requirements: scenario.requirements.map((id) => ({ id, ...(summaries.has(id) ? { summary: summaries.get(id)! } : {}) })),
      year,
      expected: { complete: scenario.expect.complete, issues: expectedIssues },
      actual: { complete: evaluation.complete, issues: evaluation.issues.map(({ path, code, message }) => ({ path, code, message })) },
      agrees: evaluation.complete === scenario.expect.complete && found,
    });
  }
  return { id: form.id, title: form.definition.title['zh-CN'], scenarios };
}

/** Writes the pack (cover + one page per form, screenshots under `<form>/`); resolves with its forms. */
export async function generateSignoff(options: SignoffOptions = {}): Promise<PackForm[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = resolve(options.outDir ?? defaultOutDir);
  const only = options.forms ?? [];
  const forms = builtinForms.filter((f) => only.length === 0 || only.includes(f.id));
  if (forms.length === 0) throw new Error(`没有这些表单：${only.join('、')}（已有：${builtinForms.map((f) => f.id).join('、')}）`);
  mkdirSync(outDir, { recursive: true });
  const generatedAt = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const packs = await Promise.all(forms.map(packForm));
  const shooting = options.screenshots !== false ? await openMemoryPage(signoffPage, { port: 5191, entries: ['packages/ui/src/define.ts', 'packages/forms/src/index.ts', 'packages/rules/src/index.ts'] }) : undefined;
  try {
    for (const pack of packs) {
      if (shooting) {
        rmSync(join(outDir, pack.id), { recursive: true, force: true });
        mkdirSync(join(outDir, pack.id), { recursive: true });
        const page = await shooting.browser.newPage({ viewport: { width, height: 812 }, deviceScaleFactor: 1 });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(shooting.url);
        await page.waitForFunction(() => (window as { shenbaoReady?: boolean }).shenbaoReady === true, undefined, { timeout: 120_000 });
        for (const scenario of pack.scenarios) {
          const height = await page.evaluate(([form, file]) => (window as unknown as { showScenario(f: string, s: string): Promise<number> }).showScenario(form!, file!), [pack.id, scenario.file]);
          if (errors.length) throw new Error(`${pack.id}/${scenario.file} 渲染出错：${errors.join('；')}`);
          const shot = `${pack.id}/${scenario.file.replace(/\.json$/, '')}.jpg`;
          // A viewport as tall as the picture: the sticky button bar then sits at its bottom, as on a phone screen.
          await page.setViewportSize({ width, height: Math.min(height, maxHeight) });
          await page.screenshot({ path: join(outDir, shot), type: 'jpeg', quality: 72 });
          await page.setViewportSize({ width, height: 812 });
          scenario.screenshot = shot;
        }
        await page.close();
      }
      writeFileSync(join(outDir, `${pack.id}.html`), formHtml(pack, generatedAt));
      log(`${pack.id}.html：${pack.scenarios.length} 个场景${shooting ? '（含截图）' : ''}`);
    }
  } finally {
    await shooting?.close();
  }
  writeFileSync(join(outDir, 'index.html'), coverHtml(packs, generatedAt));
  log(`签字包：${join(outDir, 'index.html')}`);
  return packs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-screenshots': { type: 'boolean' }, out: { type: 'string' } } });
  const started = Date.now();
  generateSignoff({ forms: positionals, screenshots: !values['no-screenshots'], ...(values.out ? { outDir: values.out } : {}) }).then(
    (packs) => console.log(`${packs.reduce((n, p) => n + p.scenarios.length, 0)} 个场景，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`),
    (error: Error) => {
      console.error(`签字包生成失败：${error.message}`);
      process.exit(1);
    },
  );
}
