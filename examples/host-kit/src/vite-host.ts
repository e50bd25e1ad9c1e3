/**
 * What the React and Vue hosts' Vite configs share: the page head every host page has (charset,
 * mobile viewport, no favicon request), `/api/*` proxied to the reference server (one origin, so the
 * session cookie is first-party) and the dev/preview server on 127.0.0.1 at the host's port.
 * Plain objects, so this module needs no Vite of its own.
 */

/** Where the reference server listens (`pnpm serve`, or the browser test's own). */
const api = process.env.SHENBAO_API ?? 'http://127.0.0.1:8787';

/** A Vite plugin that writes the shared head tags into each host page (`index.html` keeps only its title, mount point and script). */
export function hostPage() {
  const meta = (attrs: Record<string, string>) => ({ tag: 'meta', attrs, injectTo: 'head-prepend' as const });
  return {
    name: 'shenbao-host-page',
    transformIndexHtml: () => [
      meta({ charset: 'utf-8' }),
      meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' as const },
    ],
  };
}

/** The dev and preview server options of a host on `port`: 127.0.0.1, that port only, `/api/*` proxied to the reference server. */
export function hostServer(port: number) {
  const server = { host: '127.0.0.1', port, strictPort: true, proxy: { '/api': { target: api, rewrite: (path: string) => path.replace(/^\/api/, '') } } };
  return { server, preview: server };
}
