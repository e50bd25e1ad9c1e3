/**
 * Custom Elements Manifest analyzer config for @shenbao/ui, run from the repository root by
 * `pnpm manifest`. The JSDoc tags on each element class (@csspart, @cssproperty, @slot, @event)
 * become `packages/ui/custom-elements.json`, which Storybook's docs pages and editors read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const src = new URL('./src/', import.meta.url);

/**
 * Completes what the analyzer cannot see from the element files alone:
 * - tag names: the classes are registered in `src/define.ts` (apart from the classes, so importing a
 *   class has no side effect); its `['shenbao-x', ShenbaoX]` pairs give each declaration its
 *   `tagName`, and the manifest gets a `src/define.ts` module with the definitions;
 * - reactive state (`static properties = { _step: { state: true } }`) is found as attributes; a
 *   state property has none, so attributes of private fields are dropped;
 * - event names: `dispatchEvent(new ShenbaoStepEvent(…))` is found without a name; the event
 *   classes in `src/events/` give it (`static readonly eventName`), merged with the @event JSDoc;
 * - paths relative to the package that ships the manifest, not to the repository root (a superclass
 *   such as `LocalizedElement` included).
 */
function shenbaoManifestPlugin() {
  const define = readFileSync(new URL('define.ts', src), 'utf8');
  const tags = new Map([...define.matchAll(/\[\s*'(shenbao-[a-z-]+)'\s*,\s*(\w+)\s*\]/g)].map(([, tag, name]) => [name, tag]));
  // Elements the form loads on first use (upload, notice, review panel, timeline): `'shenbao-x': () => import(…).then((m) => m.ShenbaoX)` in lazy-elements.ts.
  const lazy = readFileSync(new URL('lazy-elements.ts', src), 'utf8');
  for (const [, tag, name] of lazy.matchAll(/'(shenbao-[a-z-]+)':\s*\(\)\s*=>\s*import\([^)]*\)\.then\(\(\w+\)\s*=>\s*\w+\.(\w+)\)/g)) tags.set(name, tag);
  // Elements loaded on first use (the document viewer) name their tag themselves: `static readonly tagName = 'shenbao-x'`.
  for (const folder of readdirSync(new URL('elements/', src))) {
    for (const file of readdirSync(new URL(`elements/${folder}/`, src)).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('.stories.'))) {
      const text = readFileSync(new URL(`elements/${folder}/${file}`, src), 'utf8');
      for (const [, name, tag] of text.matchAll(/class (\w+) extends \w+ \{\s*\/\*\*[^]*?\*\/\s*static readonly tagName = '(shenbao-[a-z-]+)'/g)) tags.set(name, tag);
    }
  }
  const eventNames = new Map();
  for (const file of readdirSync(new URL('events/', src)).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(`events/${file}`, src), 'utf8');
    for (const chunk of text.split(/(?=\bclass \w+(?:<[^>]*>)? extends )/)) {
      const found = /^class (\w+)(?:<[^>]*>)? extends [\s\S]*?static readonly eventName = '([^']+)'/.exec(chunk);
      if (found) eventNames.set(found[1], found[2]);
    }
  }
  // The analyzer names a superclass by its import (`/packages/ui/src/localized-element.js`): the same file as its module path.
  const relative = (path) => {
    if (typeof path !== 'string') return path;
    const bare = path.replace(/^\//, '');
    return bare.startsWith('packages/ui/') ? bare.slice('packages/ui/'.length).replace(/^(src\/.*)\.js$/, '$1.ts') : path;
  };
  const relativePaths = (node) => {
    if (Array.isArray(node)) node.forEach(relativePaths);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = relative(value);
        else relativePaths(value);
      }
    }
  };
  const mergeEvents = (events) => {
    const byName = new Map();
    for (const event of events) {
      // An event class names its event (the analyzer takes `new ShenbaoInputEvent(detail)`'s argument for a name).
      const name = eventNames.get(event.type?.text) ?? event.name;
      if (!name) continue;
      byName.set(name, { ...byName.get(name), ...event, name });
    }
    const classes = new Map([...eventNames].map(([cls, name]) => [name, cls]));
    return [...byName.values()].map((event) => (event.type || !classes.has(event.name) ? event : { ...event, type: { text: classes.get(event.name) } }));
  };
  return {
    name: 'shenbao-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      relativePaths(modules);
      const definitions = [];
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const tag = tags.get(declaration.name);
          if (tag) {
            declaration.tagName = tag;
            declaration.customElement = true;
            definitions.push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: mod.path } });
          }
          if (declaration.events) declaration.events = mergeEvents(declaration.events);
          if (declaration.attributes) {
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
          }
        }
      }
      if (definitions.length) modules.push({ kind: 'javascript-module', path: 'src/define.ts', declarations: [], exports: definitions });
    },
  };
}

export default {
  globs: ['packages/ui/src/elements/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts'],
  outdir: 'packages/ui',
  litelement: true,
  /** Never write a `customElements` key into the root package.json: packages/ui/package.json has it. */
  packagejson: false,
  /**
   * The files in a fixed order: the analyzer takes them in the order its glob walk finds them, which
   * varies from run to run on a busy machine (directories are read concurrently), and so would the
   * manifest's module order. Sorted, the same sources always give the same bytes.
   */
  overrideModuleCreation({ ts, globs }) {
    return [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(resolve(process.cwd(), file), 'utf8'), ts.ScriptTarget.ES2015, true));
  },
  plugins: [shenbaoManifestPlugin()],
};
