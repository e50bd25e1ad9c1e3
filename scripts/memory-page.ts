/**
 * One page and its script served from memory by a Vite dev server over the workspace sources, and
 * headless Debian Chromium to look at it: how the screenshot and sign-off scripts render
 * `<shenbao-form>` without writing a page to disk or building anything. A page named `name` is served
 * at `/__<name>.html`; its script is the virtual module `virtual:<name>` (imported with `/@id/…`).
 */
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { createServer, defaultClientConditions, type Plugin, type ViteDevServer } from 'vite';

const root = join(import.meta.dirname, '..');

/** What {@link memoryPage} serves. */
export interface MemoryPage {
  /** The page's name, e.g. `shenbao-signoff`: the plugin's name (in Vite's errors), its URL path and its script's module id. */
  name: string;
  /** The page's `<title>`. */
  title: string;
  /** CSS rules of the page's `<style>`. */
  css: string;
  /** Source of the page's script (TypeScript, transformed by Vite). */
  script: string;
}

/** URL path of the page (a query string may follow). */
const pathOf = (page: Pick<MemoryPage, 'name'>): string => `/__${page.name}.html`;
/** Id of the page's script module. */
const moduleOf = (page: Pick<MemoryPage, 'name'>): string => `virtual:${page.name}`;

/** The page's HTML: `<main id="app">` and a module script loading the page's script. */
export function memoryPageHtml(page: Pick<MemoryPage, 'name' | 'title' | 'css'>): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${page.title}</title>
    <style>
${page.css}
    </style>
  </head>
  <body><main id="app"></main><script type="module" src="/@id/${moduleOf(page)}"></script></body>
</html>`;
}

/** A Vite plugin that serves {@link MemoryPage} from memory through the dev server. */
export function memoryPage(page: MemoryPage): Plugin {
  const html = memoryPageHtml(page);
  const module = moduleOf(page);
  const resolved = `\0${module}`;
  return {
    name: page.name,
    resolveId: (id) => (id === module ? resolved : undefined),
    load: (id) => (id === resolved ? page.script : undefined),
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith(pathOf(page))) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(await server.transformIndexHtml(request.url, html));
      });
    },
  };
}

/** A served page and the browser that opens it. */
export interface OpenPage {
  /** The page's address (add a query string to pass it parameters). */
  url: string;
  browser: Browser;
  server: ViteDevServer;
  /** Closes the browser, then the dev server. */
  close(): Promise<void>;
}

/**
 * Serves `page` from the workspace sources (the `source` condition, 127.0.0.1 from `port` up, no
 * HMR) and launches headless Chromium ($CHROMIUM_PATH or Debian's /usr/bin/chromium) to open it.
 * `entries` are the modules the page imports, pre-bundled up front so that the optimizer never
 * reloads a page mid-run.
 */
export async function openMemoryPage(page: MemoryPage, options: { port: number; entries: string[] }): Promise<OpenPage> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port: options.port, strictPort: false, hmr: false },
    optimizeDeps: { entries: options.entries },
    plugins: [memoryPage(page)],
  });
  await server.listen();
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  return {
    url: `${server.resolvedUrls!.local[0]!.replace(/\/$/, '')}${pathOf(page)}`,
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
