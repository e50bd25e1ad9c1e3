/**
 * `pnpm screenshots`: a PNG of every built-in form as `<shenbao-form>` renders it, so a reviewer can
 * look without running Storybook — at 375 px (phone) and 1280 px (desktop) width, in these states:
 * `notice` (申报须知 with the 已阅读须知 tick), `edit` (the first step with fields), `prefill` (that
 * step filled from a verified profile, COMMON-12; forms with prefill items only), `confirm` (the
 * first passing scenario, with the 承诺), `success` (提交成功 with what happens next) and `approved`
 * (read-only with the printable 报名成功通知单 and its 申报编号); for forms with attachment slots also
 * `slots` (the first step with slots, filled from the scenario: full slots without 选择文件/拍照),
 * `processing` (an upload whose bytes are all sent, 处理中 until the server answers) and, where the
 * manual shows a 示例, `sample` (its dialog open).
 * Files: `screenshots/<form>-<state>-<375|1280>.png` (git-ignored; `--out DIR` writes elsewhere).
 * It fails when Chinese renders as boxes (no CJK font): distinct characters drawn in the form's
 * font must differ (packages/ui/src/e2e/cjk.ts).
 *
 * It builds nothing: a Vite dev server serves one page that mounts the form from the workspace
 * sources, and headless Debian Chromium (playwright, /usr/bin/chromium or $CHROMIUM_PATH) takes the
 * pictures. Chinese text needs a CJK font on the machine (Debian: `apt-get install fonts-noto-cjk`).
 *
 * Usage: node --conditions=source --import tsx scripts/screenshots.ts [form-id …] [--modes slots,sample,…] [--out DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinForms } from '@shenbao/forms';
import { openMemoryPage } from './memory-page.js';

const outDir = join(import.meta.dirname, '..', 'screenshots');
const widths = [375, 1280] as const;
const modes = ['notice', 'edit', 'prefill', 'confirm', 'success', 'approved', 'slots', 'processing', 'sample'] as const;

/**
 * The page's script: mounts `<shenbao-form>` for `?form=&mode=`, moves an edit form to its first
 * step with fields (下一步, as a candidate would), and sets `window.shenbaoReady` when it has rendered.
 */
const pageScript = /* js */ `
import '/packages/ui/src/define.ts';
import { builtinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import { resolvePack } from '@shenbao/rules';
import { cjkRendered } from '/packages/ui/src/e2e/cjk.ts';
import { verifiedProfile } from '/packages/forms/test/verified-profile.ts';

const params = new URLSearchParams(location.search);
const form = builtinForm(params.get('form'));
const mode = params.get('mode');
const packs = Object.values(form.packs);
const scenarios = scenariosOf(form.id).map((s) => s.scenario);
const scenario = scenarios.find((s) => s.expect && s.expect.complete === true) ?? scenarios[0];
const element = document.createElement('shenbao-form');
Object.assign(element, {
  definition: form.definition,
  rules: resolvePack(packs, scenario?.year ?? Math.max(...packs.map((p) => p.year))),
  context: scenario?.context ?? { today: '2024-05-01' },
  draftKey: '',
});
if (mode === 'confirm') Object.assign(element, { mode: 'confirm', value: scenario.data });
// An uploader that takes every byte and never answers: the slot stays at 处理中.
if (mode === 'slots' || mode === 'sample' || mode === 'processing') Object.assign(element, { value: scenario.data, uploader: { upload: (request) => { request.onProgress(1); return new Promise(() => {}); } } });
if (mode === 'prefill') Object.assign(element, { prefill: verifiedProfile });
if (mode === 'success') Object.assign(element, { value: scenario.data, recordId: 'SB-2024-000017' });
if (mode === 'approved') Object.assign(element, { mode: 'readonly', value: scenario.data, recordId: 'SB-2024-000017', recordStatus: 'approved', unmasked: true });
document.getElementById('app').append(element);

async function settle() {
  await element.updateComplete;
  await element.check();
  await element.updateComplete;
  const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
  await Promise.all(all(element.shadowRoot).map((e) => e.updateComplete));
}

const stepIndex = () => element.shadowRoot.querySelector('shenbao-steps')?.current ?? 0;
const hasSlot = (items) => items.some((i) => 'attachment' in i || ('items' in i && hasSlot(i.items)));
const slotStep = form.definition.layout.steps.findIndex((step) => step.sections.some((s) => hasSlot(s.items)));
const firstDataStep = Math.max(0, form.definition.layout.steps.findIndex((step) => step.sections.some((s) => s.items.some((i) => !('notice' in i)))));
await settle();
if (mode === 'edit' || mode === 'prefill') {
  for (let i = 0; i < firstDataStep; i++) {
    const read = element.shadowRoot.querySelector('input[data-tick="read-notice"]');
    if (read && !read.checked) read.click();
    await element.updateComplete;
    [...element.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === '下一步').click();
    await new Promise((r) => element.addEventListener('shenbao-step', r, { once: true }));
    await settle();
  }
}
if (mode === 'slots' || mode === 'sample' || mode === 'processing') {
  while (slotStep > 0 && stepIndex() < slotStep) {
    const read = element.shadowRoot.querySelector('input[data-tick="read-notice"]');
    if (read && !read.checked) read.click();
    await element.updateComplete;
    const before = stepIndex();
    [...element.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === '下一步').click();
    await new Promise((r) => element.addEventListener('shenbao-step', r, { once: true }));
    await settle();
    if (stepIndex() === before) break;
  }
  const slots = [...element.shadowRoot.querySelectorAll('shenbao-upload')];
  if (mode === 'sample') {
    const open = slots.map((u) => u.shadowRoot.querySelector('button[data-sample-open]')).find(Boolean);
    if (open) open.click();
    else window.shenbaoSkip = true;
  }
  if (mode === 'processing') {
    const roomy = slots.find((u) => !u.hidden && u.shadowRoot.querySelector('input[data-picker]') && u.shadowRoot.querySelector('button[data-add]'));
    if (roomy) {
      const png = await new Promise((resolve) => { const c = document.createElement('canvas'); c.width = 120; c.height = 80; c.getContext('2d').fillRect(0, 0, 120, 80); c.toBlob(resolve, 'image/png'); });
      const input = roomy.shadowRoot.querySelector('input[data-picker]');
      const transfer = new DataTransfer();
      transfer.items.add(new File([png], '证明材料.png', { type: 'image/png' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => { const t = setInterval(() => { if (roomy.shadowRoot.querySelector('progress')) { clearInterval(t); resolve(); } }, 20); });
      roomy.scrollIntoView({ block: 'center' });
    } else window.shenbaoSkip = true;
  }
  await settle();
}
if (mode === 'success') {
  await element.showSubmitted();
  await settle();
}
if (mode === 'confirm') {
  element.shadowRoot.querySelector('input[data-tick="pledge"]')?.click();
  await settle();
}
element.shadowRoot.activeElement?.blur();
await document.fonts.ready;
window.shenbaoCjk = cjkRendered('32px ' + getComputedStyle(element).fontFamily);
window.shenbaoReady = true;
`;

/** The page, served from memory. */
const screenshotPage = {
  name: 'shenbao-screenshots',
  title: 'shenbao screenshots',
  css: `      body { margin: 0; background: #f2f3f5; font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
      main { max-width: 960px; margin: 0 auto; background: #fff; }`,
  script: pageScript,
};

/** Warns when the machine has no font for Chinese (the PNGs would show boxes). */
function checkCjkFont(): void {
  try {
    if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '') return;
  } catch {
    // no fontconfig: cannot tell
    return;
  }
  console.warn('警告：本机没有中文字体，截图中的汉字会显示为方框。Debian：apt-get install fonts-noto-cjk');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : outDir;
  // `--modes slots,sample`: only these states (default: all).
  const modesAt = args.indexOf('--modes');
  const onlyModes = modesAt >= 0 ? args.splice(modesAt, 2)[1]!.split(',') : [];
  const only = args;
  const forms = builtinForms.filter((f) => only.length === 0 || only.includes(f.id));
  if (forms.length === 0) throw new Error(`没有这些表单：${only.join('、')}（已有：${builtinForms.map((f) => f.id).join('、')}）`);
  checkCjkFont();
  mkdirSync(out, { recursive: true });
  let boxes = 0;

  const { url, browser, close } = await openMemoryPage(screenshotPage, {
    port: 5190,
    entries: ['packages/ui/src/define.ts', 'packages/forms/src/index.ts', 'packages/forms/src/scenarios.ts', 'packages/rules/src/index.ts'],
  });
  try {
    for (const form of forms) {
      const prefills = form.definition.layout.steps.some((st) => st.sections.some((se) => se.items.some((i) => 'field' in i && i.prefill)));
      const slotted = form.definition.attachments.length > 0;
      for (const mode of modes) {
        if (onlyModes.length > 0 && !onlyModes.includes(mode)) continue;
        if (mode === 'prefill' && !prefills) continue;
        if ((mode === 'slots' || mode === 'processing' || mode === 'sample') && !slotted) continue;
        if (mode === 'sample' && !form.definition.attachments.some((a) => a.sample)) continue;
        for (const width of widths) {
          const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          await page.goto(`${url}?form=${encodeURIComponent(form.id)}&mode=${mode}`);
          try {
            await page.waitForFunction(() => (window as { shenbaoReady?: boolean }).shenbaoReady === true, undefined, { timeout: 60_000 });
          } catch (error) {
            throw new Error(`${form.id} ${mode} ${width}px 未能渲染：${errors.join('；') || (error as Error).message}`);
          }
          // A viewport as tall as the page: the wizard's sticky button bar then sits where it ends, as
          // at the bottom of a phone screen, instead of across the middle of a stitched full-page image.
          if (await page.evaluate(() => (window as { shenbaoSkip?: boolean }).shenbaoSkip === true)) {
            await page.close();
            console.log(`${form.id} ${mode} ${width}px：此步骤没有可演示的材料，跳过`);
            continue;
          }
          // A dialog (示例) or an upload in progress is shown where the candidate sees it: the screen, not the whole page.
          const screenOnly = mode === 'sample' || mode === 'processing';
          const height = screenOnly ? 800 : await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height: Math.max(800, height) });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const file = join(out, `${form.id}-${mode}-${width}.png`);
          await page.screenshot({ path: file, fullPage: !screenOnly });
          const cjk = await page.evaluate(() => (window as { shenbaoCjk?: boolean }).shenbaoCjk === true);
          await page.close();
          if (!cjk) boxes++;
          console.log(`${file}${cjk ? '' : '  ✗ 汉字显示为方框'}`);
        }
      }
    }
  } finally {
    await close();
  }
  if (boxes > 0) throw new Error(`${boxes} 张截图中的汉字显示为方框（缺少中文字体）：Debian 上请 apt-get install fonts-noto-cjk`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
