/**
 * A Vite plugin that serves one page and its script from memory: the page at `path`, its script as
 * the virtual module `module` (imported with `/@id/<module>`). Used by the screenshot and sign-off
 * scripts, which render `<shenbao-form>` in Chromium without writing a page to disk.
 */
import type { Plugin } from 'vite';

/** What {@link memoryPage} serves. */
export interface MemoryPage {
  /** Plugin name (shown in Vite's errors). */
  name: string;
  /** URL path of the page, e.g. `/__shenbao-signoff.html` (a query string may follow). */
  path: string;
  /** Id of the page's script module, e.g. `virtual:shenbao-signoff`. */
  module: string;
  /** The page's `<title>`. */
  title: string;
  /** CSS rules of the page's `<style>`. */
  css: string;
  /** Source of the page's script (TypeScript, transformed by Vite). */
  script: string;
}

/** The page's HTML: `<main id="app">` and a module script loading `page.module`. */
export function memoryPageHtml(page: Pick<MemoryPage, 'module' | 'title' | 'css'>): string {
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
  <body><main id="app"></main><script type="module" src="/@id/${page.module}"></script></body>
</html>`;
}

/** Serves {@link MemoryPage} from memory through Vite's dev server. */
export function memoryPage(page: MemoryPage): Plugin {
  const html = memoryPageHtml(page);
  const resolved = `\0${page.module}`;
  return {
    name: page.name,
    resolveId: (id) => (id === page.module ? resolved : undefined),
    load: (id) => (id === resolved ? page.script : undefined),
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith(page.path)) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(await server.transformIndexHtml(request.url, html));
      });
    },
  };
}
