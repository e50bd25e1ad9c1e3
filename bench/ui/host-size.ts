/**
 * What the host page of the UI bench loads at start, byte by byte (`pnpm bench:size`): builds
 * `bench/ui/host` (`@shenbao/ui/define` + one precompiled built-in form) with Vite as the UI bench
 * does, with a source map, and attributes every byte of the minified start chunks to the source
 * module it came from. Prints the gzip of the start chunks, the chunks loaded on first use, and the
 * modules and packages of most bytes.
 * Flags: `--top=N` (modules listed, default 25), `--json=FILE` (every module's bytes).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { buildBenchPages } from '../bench-browser.js';
import { startChunkNames } from './start-chunks.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const topN = Number(arg('top') ?? 25);
const root = join(import.meta.dirname, 'host');
const repo = join(import.meta.dirname, '..', '..');
/** `--form=<id>`: the same host page with another built-in form (its first rules year); default: the bench's (tcm-expertise). */
const formId = arg('form');
let input = join(root, 'index.html');
const genDir = join(root, '.gen');
if (formId) {
  const rules = readdirSync(join(repo, 'packages', 'forms', formId, 'rules')).filter((f) => f.endsWith('.json')).sort()[0]!;
  mkdirSync(genDir, { recursive: true });
  const main = readFileSync(join(root, 'main.ts'), 'utf8')
    .replaceAll('tcm-expertise/rules/2024.json', `${formId}/rules/${rules}`)
    .replaceAll('tcm-expertise', formId)
    .replace('form.year = 2024;', `form.year = ${Number.parseInt(rules, 10)};`)
    .replaceAll("'../../../packages/", "'../../../../packages/");
  writeFileSync(join(genDir, `${formId}.ts`), main);
  writeFileSync(join(genDir, `${formId}.html`), readFileSync(input, 'utf8').replace('./main.ts', `./${formId}.ts`));
  input = join(genDir, `${formId}.html`);
}
const out = mkdtempSync(join(os.tmpdir(), 'shenbao-host-size-'));
// The very build `pnpm bench:ui` measures its gzip line on, with source maps to attribute the bytes.
const output = await buildBenchPages(root, out, { host: input }, { sourcemap: true });
rmSync(out, { recursive: true, force: true });
if (formId) rmSync(genDir, { recursive: true, force: true });
const { chunks, start } = startChunkNames(output);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Bytes of the generated code per source file, from the source map's segments (a segment runs to the next one on its line). */
function bytesBySource(code: string, map: Rollup.SourceMap): Map<string, string[]> {
  const lines = code.split('\n');
  const parts = new Map<string, string[]>();
  const add = (src: string, text: string) => (parts.get(src) ?? parts.set(src, []).get(src)!).push(text);
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    const segs: [number, number | undefined][] = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const values: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      if (values.length > 1) source += values[1]!;
      segs.push([col, values.length > 1 ? source : undefined]);
    }
    let prev = 0;
    let prevSrc: number | undefined;
    for (const [c, s] of segs) {
      if (c > prev) add(prevSrc === undefined ? '(unmapped)' : map.sources[prevSrc]!, text.slice(prev, c));
      prev = c;
      prevSrc = s;
    }
    add(prevSrc === undefined ? '(unmapped)' : map.sources[prevSrc]!, text.slice(prev) + '\n');
  });
  return parts;
}

const gz = (s: string) => gzipSync(s.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''), { level: 9 }).length; // as shipped: without the map's comment
let startGz = 0;
let lazyGz = 0;
const modules = new Map<string, string[]>();
for (const [name, chunk] of chunks) {
  if (!start.has(name)) {
    lazyGz += gz(chunk.code);
    continue;
  }
  startGz += gz(chunk.code);
  const parts = chunk.map ? bytesBySource(chunk.code, chunk.map) : new Map([[`(chunk ${name} without a source map)`, [chunk.code]]]);
  for (const [src, texts] of parts) (modules.get(src) ?? modules.set(src, []).get(src)!).push(...texts);
}
const name = (src: string) => {
  if (src === '(unmapped)') return '(no source: JSON modules — the definition and pack —, css/html template text, chunk glue)';
  const abs = join(out, src);
  const rel = relative(repo, abs);
  const nm = rel.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/);
  return nm ? nm[1]! : rel;
};
const pkgOf = (m: string) => m.match(/^((?:@[^/]+\/)?[^/]+)\//)?.[1]?.replace(/^packages$/, '') || (m.startsWith('packages/') ? `@shenbao/${m.split('/')[1]}` : m);
const rows = [...modules].map(([src, texts]) => {
  const text = texts.join('');
  return { module: name(src), bytes: text.length, gzip: gz(text) };
});
rows.sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((a, r) => a + r.bytes, 0);
console.log(`host page (@shenbao/ui/define + the precompiled built-in form ${formId ?? 'tcm-expertise'}): ${(startGz / 1024).toFixed(1)} KB gzip at start (${(total / 1024).toFixed(1)} KB minified), ${(lazyGz / 1024).toFixed(1)} KB gzip more on first use`);
const byPkg = new Map<string, { bytes: number; gzip: number }>();
for (const r of rows) {
  const p = byPkg.get(pkgOf(r.module)) ?? { bytes: 0, gzip: 0 };
  p.bytes += r.bytes;
  p.gzip += r.gzip;
  byPkg.set(pkgOf(r.module), p);
}
console.log('\nby package (minified KB; gzip of each module alone, summed — an upper bound):');
for (const [p, v] of [...byPkg].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${(v.bytes / 1024).toFixed(1).padStart(7)}  ${(v.gzip / 1024).toFixed(1).padStart(6)}  ${p}`);
console.log(`\ntop ${topN} modules (minified KB, gzip KB alone):`);
for (const r of rows.slice(0, topN)) console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(7)}  ${(r.gzip / 1024).toFixed(1).padStart(6)}  ${r.module}`);
const dump = arg("unmapped"); if (dump) writeFileSync(dump, (modules.get("(unmapped)") ?? []).filter((t) => t.length > 60).map((t) => `[${t.length}] ${t.slice(0, 300)}`).join("\n=====\n"));
const json = arg('json');
if (json) writeFileSync(json, JSON.stringify(rows, null, 1));
