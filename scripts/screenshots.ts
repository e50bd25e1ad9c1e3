/**
 * `pnpm screenshots`: a PNG of every built-in form as `<shenbao-form>` renders it, so a reviewer can
 * look without running Storybook — in edit mode at the first step with fields, and in confirm mode
 * with the form's first passing scenario, each at 375 px (phone) and 1280 px (desktop) width.
 * Files: `screenshots/<form>-<edit|confirm>-<375|1280>.png` (git-ignored).
 *
 * It builds nothing: a Vite dev server serves one page that mounts the form from the workspace
 * sources, and headless Debian Chromium (playwright, /usr/bin/chromium or $CHROMIUM_PATH) takes the
 * pictures. Chinese text needs a CJK font on the machine (Debian: `apt-get install fonts-noto-cjk`).
 *
 * Usage: node --conditions=source --import tsx scripts/screenshots.ts [form-id …]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinForms } from '@shenbao/forms';
import { chromium } from 'playwright';
import { createServer, defaultClientConditions, type Plugin } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
const widths = [375, 1280] as const;
const modes = ['edit', 'confirm'] as const;
const pagePath = '/__shenbao-screenshots.html';
const pageModule = 'virtual:shenbao-screenshots';

/**
 * The page's script: mounts `<shenbao-form>` for `?form=&mode=`, moves an edit form to its first
 * step with fields (下一步, as a candidate would), and sets `window.shenbaoReady` when it has rendered.
 */
const pageScript = /* js */ `
import '/packages/ui/src/define.ts';
import { builtinForm } from '@shenbao/forms';
import { resolvePack } from '@shenbao/rules';

const params = new URLSearchParams(location.search);
const form = builtinForm(params.get('form'));
const mode = params.get('mode');
const packs = Object.values(form.packs);
const scenarios = form.scenarios.map((s) => s.scenario);
const scenario = scenarios.find((s) => s.expect && s.expect.complete === true) ?? scenarios[0];
const element = document.createElement('shenbao-form');
Object.assign(element, {
  definition: form.definition,
  rules: resolvePack(packs, scenario?.year ?? Math.max(...packs.map((p) => p.year))),
  context: scenario?.context ?? { today: '2024-05-01' },
  draftKey: '',
});
if (mode === 'confirm') Object.assign(element, { mode: 'confirm', value: scenario.data });
document.getElementById('app').append(element);

async function settle() {
  await element.updateComplete;
  await element.check();
  await element.updateComplete;
  const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
  await Promise.all(all(element.shadowRoot).map((e) => e.updateComplete));
}

const firstDataStep = Math.max(0, form.definition.layout.steps.findIndex((step) => step.sections.some((s) => s.items.some((i) => !('notice' in i)))));
await settle();
if (mode === 'edit') {
  for (let i = 0; i < firstDataStep; i++) {
    [...element.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === '下一步').click();
    await new Promise((r) => element.addEventListener('shenbao-step', r, { once: true }));
    await settle();
  }
}
element.shadowRoot.activeElement?.blur();
await document.fonts.ready;
window.shenbaoReady = true;
`;

const pageHtml = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>shenbao screenshots</title>
    <style>
      body { margin: 0; background: #f2f3f5; font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
      main { max-width: 960px; margin: 0 auto; background: #fff; }
    </style>
  </head>
  <body><main id="app"></main><script type="module" src="/@id/${pageModule}"></script></body>
</html>`;

/** Serves the page and its script from memory. */
function screenshotPage(): Plugin {
  return {
    name: 'shenbao-screenshots',
    resolveId: (id) => (id === pageModule ? `\0${pageModule}` : undefined),
    load: (id) => (id === `\0${pageModule}` ? pageScript : undefined),
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith(pagePath)) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(await server.transformIndexHtml(request.url, pageHtml));
      });
    },
  };
}

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
  const only = process.argv.slice(2);
  const forms = builtinForms.filter((f) => only.length === 0 || only.includes(f.id));
  if (forms.length === 0) throw new Error(`没有这些表单：${only.join('、')}（已有：${builtinForms.map((f) => f.id).join('、')}）`);
  checkCjkFont();
  mkdirSync(outDir, { recursive: true });

  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port: 5190, strictPort: false, hmr: false },
    // Pre-bundle everything the page needs up front, so the optimizer never reloads a page mid-shot.
    optimizeDeps: { entries: ['packages/ui/src/define.ts', 'packages/forms/src/index.ts', 'packages/rules/src/index.ts'] },
    plugins: [screenshotPage()],
  });
  await server.listen();
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    for (const form of forms) {
      for (const mode of modes) {
        for (const width of widths) {
          const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          await page.goto(`${base}${pagePath}?form=${encodeURIComponent(form.id)}&mode=${mode}`);
          try {
            await page.waitForFunction(() => (window as { shenbaoReady?: boolean }).shenbaoReady === true, undefined, { timeout: 60_000 });
          } catch (error) {
            throw new Error(`${form.id} ${mode} ${width}px 未能渲染：${errors.join('；') || (error as Error).message}`);
          }
          // A viewport as tall as the page: the wizard's sticky button bar then sits where it ends, as
          // at the bottom of a phone screen, instead of across the middle of a stitched full-page image.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height: Math.max(800, height) });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const file = join(outDir, `${form.id}-${mode}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await page.close();
          console.log(`screenshots/${form.id}-${mode}-${width}.png`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
