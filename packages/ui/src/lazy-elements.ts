/**
 * The optional elements of `@shenbao/ui` — upload (with its image tools), notice, review panel,
 * timeline — are not in `@shenbao/ui/define`: `<shenbao-form>` loads each on first use (a dynamic
 * import, its own chunk), and a host that uses one by itself imports its entry point
 * (`@shenbao/ui/upload`, `@shenbao/ui/notice`, `@shenbao/ui/review-panel`, `@shenbao/ui/timeline`).
 */

/** Loaders of the optional elements by tag: each resolves with the element's class. */
export const lazyElements: Readonly<Record<string, () => Promise<CustomElementConstructor>>> = {
  'shenbao-upload': () => import('./elements/upload/upload.js').then((m) => m.ShenbaoUpload),
  'shenbao-notice': () => import('./elements/notice/notice.js').then((m) => m.ShenbaoNotice),
  'shenbao-review-panel': () => import('./elements/review-panel/review-panel.js').then((m) => m.ShenbaoReviewPanel),
  'shenbao-timeline': () => import('./elements/timeline/timeline.js').then((m) => m.ShenbaoTimeline),
};

/** A selector of the optional elements not defined yet. */
export const undefinedLazyElements = Object.keys(lazyElements)
  .map((tag) => `${tag}:not(:defined)`)
  .join(', ');

const loading = new Map<string, Promise<void>>();

/** Defines `tag` with its class once loaded (no-op when it is defined or loading); resolves when it is defined. */
export function loadElement(tag: string): Promise<void> {
  const loader = lazyElements[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    done = loader().then((element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
    loading.set(tag, done);
  }
  return done;
}

/** Loads every optional element used but not defined under `root`; resolves when all are defined. */
export function loadElementsUnder(root: ParentNode): Promise<void> {
  const found = root.querySelectorAll(undefinedLazyElements);
  if (!found.length) return Promise.resolve();
  return Promise.all([...new Set([...found].map((el) => el.localName))].map(loadElement)).then(() => undefined);
}

/** Registers `element` under `tag` unless the tag is taken (the entry points of the optional elements). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
