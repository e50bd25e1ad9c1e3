/**
 * A tiny DOM helper for the demo (no framework): `el('p', { class: 'x' }, 'text', child)`.
 * Text is always set as text, never as HTML.
 */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (strings), event handlers (`on*` functions) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node: HTMLElement = document.createElement(tag as string);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value as EventListener);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node as unknown as HTMLElementTagNameMap[K];
}

/** A time as the candidate reads it (China time). */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/** A URL of this page with these query parameters (and no others). */
export function pageUrl(params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query ? `?${query}` : location.pathname;
}
