/**
 * The path a team outside this repository takes: `pnpm pack` every publishable package, install the
 * tarballs with npm into a host in the system's temp folder (outside the workspace, so nothing
 * resolves through the workspace's node_modules), then
 * - type-check a strict host (`strict`, `skipLibCheck: false`, `moduleResolution: "bundler"`) that
 *   uses a per-form entry, `evaluate`, `resolvePack` and `<shenbao-form>`, together with every
 *   ` ```ts ` block of docs/ui.md, docs/formats.md and docs/embed.md, unchanged (a block marked
 *   ` ```ts nocheck ` is left out);
 * - run `npx shenbao forms` and `npx shenbao validate --form work-unit` there;
 * - check that every `$schema` of the installed forms resolves to a file;
 * - build a one-form page with Vite and print the tarball sizes and the page's gzip size.
 * Run by `pnpm test` after the build (the tarballs are made from `dist/`). One install per run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** The packages a host installs, in dependency order. */
export const publishable = ['core', 'rules', 'forms', 'cli', 'ui'] as const;
const docs = ['docs/ui.md', 'docs/formats.md', 'docs/embed.md'];

const work = mkdtempSync(join(tmpdir(), 'shenbao-pack-install-'));
const tarballs = join(work, 'tarballs');
const host = join(work, 'host');
const sizes: Record<string, number> = {};

/** Runs a command in the host; output and exit status, never a throw. */
function run(command: string, args: string[], cwd = host): { status: number; out: string; stdout: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' }, timeout: 300_000 });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

const versionOf = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The ` ```ts ` blocks of a Markdown file (not ` ```tsx `, and not those marked `nocheck`). */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts((?:[ \t][^\n]*)?)\n([\s\S]*?)^```\s*$/gm)].filter((m) => !/\bnocheck\b/.test(m[1]!)).map((m) => m[2]!);
}

const hostMain = `// A strict host: one form by its own entry, the rules engine, the element with typed properties.
import { evaluate, resolvePack } from '@shenbao/rules';
import type { Evaluation } from '@shenbao/rules';
import type { FormDefinition, RulePack } from '@shenbao/core';
import { tcmExpertise, tcmExpertisePacks, type TcmExpertiseData } from '@shenbao/forms/tcm-expertise';
import '@shenbao/ui/define';

const pack = resolvePack([tcmExpertise.packs[2024]], 2024);
const newest = resolvePack(Object.values(tcmExpertisePacks));
const definition: FormDefinition = tcmExpertise.definition;
const file: RulePack = tcmExpertisePacks[2024];
const draft: Partial<TcmExpertiseData> = {};

export async function check(data: unknown): Promise<Evaluation> {
  return evaluate(definition, pack, data, { today: '2024-05-01' });
}

const form = document.createElement('shenbao-form');
form.definition = definition;
form.rules = newest;
form.rules = file;
form.value = draft;
document.body.append(form);
`;

const onePage = `import '@shenbao/ui/define';
import { resolvePack } from '@shenbao/rules';
import { tcmExpertise } from '@shenbao/forms/tcm-expertise';

const form = document.createElement('shenbao-form');
form.definition = tcmExpertise.definition;
form.rules = resolvePack([tcmExpertise.packs[2024]], 2024);
document.body.append(form);
`;

beforeAll(() => {
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(join(host, 'src'), { recursive: true });
  for (const name of publishable) {
    const packed = run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name));
    if (packed.status !== 0) throw new Error(`pnpm pack ${name}：\n${packed.out}`);
  }
  const files = readdirSync(tarballs);
  const tarballOf = (name: string) => files.find((f) => f.startsWith(`shenbao-${name}-`))!;
  for (const name of publishable) sizes[name] = statSync(join(tarballs, tarballOf(name))).size;
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify(
      {
        name: 'shenbao-host',
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(publishable.map((name) => [`@shenbao/${name}`, `file:../tarballs/${tarballOf(name)}`])),
        devDependencies: { typescript: versionOf('typescript'), vite: versionOf('vite') },
      },
      null,
      2,
    ),
  );
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn']);
  if (installed.status !== 0) throw new Error(`npm install：\n${installed.out}`);
  writeFileSync(join(host, 'install.log'), installed.out);
}, 600_000);

afterAll(() => {
  console.log(
    [
      '打包与安装（pnpm pack → npm install，Node ' + process.version + '）',
      ...publishable.map((name) => `  @shenbao/${name}: ${(sizes[name]! / 1024).toFixed(1)} KB`),
      sizes.page !== undefined ? `  一个表单的页面（Vite 构建，@shenbao/forms/tcm-expertise）：${(sizes.page / 1024).toFixed(1)} KB，gzip ${(sizes.pageGzip! / 1024).toFixed(1)} KB` : '',
    ].join('\n'),
  );
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('packed and installed outside the workspace', () => {
  it('installs on this Node with no engine warning (EBADENGINE)', () => {
    expect(readFileSync(join(host, 'install.log'), 'utf8')).not.toMatch(/EBADENGINE|Unsupported engine/);
    for (const name of publishable) expect(existsSync(join(host, 'node_modules', '@shenbao', name, 'package.json'))).toBe(true);
  });

  it('ships no tests, stories, e2e or build info, and the forms package its shared schemas and scenarios once', () => {
    const listed: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else listed.push(relative(join(host, 'node_modules', '@shenbao'), path));
      }
    };
    walk(join(host, 'node_modules', '@shenbao'));
    expect(listed.filter((f) => /\.test\.|\.stories\.|tsbuildinfo|[\\/]e2e[\\/]/.test(f))).toEqual([]);
    expect(listed.filter((f) => f.startsWith(join('forms', 'shared'))).length).toBeGreaterThan(0);
    expect(listed.filter((f) => /^forms[\\/]dist[\\/].*\.json$/.test(f))).toEqual([]);
    for (const name of publishable) {
      expect(listed, `${name}: LICENSE`).toContain(join(name, 'LICENSE'));
      expect(listed, `${name}: README`).toContain(join(name, 'README.md'));
    }
  });

  it('every $schema of the installed forms names a file that exists', () => {
    const formsDir = join(host, 'node_modules', '@shenbao', 'forms');
    const dangling: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'dist' && entry.name !== 'src' && entry.name !== 'node_modules') visit(path);
        } else if (entry.name.endsWith('.json') && entry.name !== 'package.json') {
          const schema = (JSON.parse(readFileSync(path, 'utf8')) as { $schema?: string }).$schema;
          if (schema && !/^https?:/.test(schema) && !existsSync(join(dirname(path), schema))) dangling.push(`${relative(formsDir, path)} → ${schema}`);
        }
      }
    };
    visit(formsDir);
    expect(dangling).toEqual([]);
  });

  it('a strict host (skipLibCheck false, moduleResolution bundler) type-checks, with the docs’ ts snippets unchanged', () => {
    writeFileSync(join(host, 'src', 'main.ts'), hostMain);
    let count = 0;
    for (const doc of docs) {
      const path = join(root, doc);
      if (!existsSync(path)) continue;
      tsBlocks(readFileSync(path, 'utf8')).forEach((block, i) => {
        count++;
        writeFileSync(join(host, 'src', `${doc.replace(/[^a-z]+/g, '-')}${i + 1}.ts`), `${block}\nexport {};\n`);
      });
    }
    writeFileSync(
      join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        include: ['src'],
      }),
    );
    const checked = run(join(host, 'node_modules', '.bin', 'tsc'), ['-p', '.']);
    expect(checked.out, `tsc in the host (${count} doc snippets)`).toBe('');
    expect(checked.status).toBe(0);
  }, 300_000);

  it('npx shenbao forms: every form usable (none marked 定义有错误)', () => {
    const listed = run('npx', ['--no-install', 'shenbao', 'forms']);
    expect(listed.status, listed.out).toBe(0);
    expect(listed.stdout.trim().split('\n')).toHaveLength(7);
    expect(listed.out).not.toContain('定义有错误');
    expect(listed.out).not.toContain('问题');
  }, 120_000);

  it('npx shenbao validate --form work-unit: a passing sample is valid, a broken one is not', () => {
    const scenarios = join(host, 'node_modules', '@shenbao', 'forms', 'work-unit', 'scenarios');
    const pass = readdirSync(scenarios)
      .map((f) => JSON.parse(readFileSync(join(scenarios, f), 'utf8')) as { data: unknown; context?: unknown; expect: { complete: boolean } })
      .find((s) => s.expect.complete)!;
    writeFileSync(join(host, 'sample.json'), JSON.stringify(pass.data));
    writeFileSync(join(host, 'context.json'), JSON.stringify(pass.context ?? {}));
    const valid = run('npx', ['--no-install', 'shenbao', 'validate', '--form', 'work-unit', '--context', 'context.json', 'sample.json']);
    expect(valid.status, valid.out).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ form: 'work-unit', valid: true });
    writeFileSync(join(host, 'empty.json'), '{}');
    const invalid = run('npx', ['--no-install', 'shenbao', 'validate', '--form', 'work-unit', '--context', 'context.json', 'empty.json']);
    expect(invalid.status, invalid.out).toBe(1);
    expect(JSON.parse(invalid.stdout).issues.length).toBeGreaterThan(0);
  }, 120_000);

  it('a one-form page builds with Vite and bundles no other form and no scenario', () => {
    const page = join(host, 'page');
    mkdirSync(page, { recursive: true });
    writeFileSync(join(page, 'index.html'), '<!doctype html><html lang="zh-CN"><body><script type="module" src="./one-form.ts"></script></body></html>\n');
    writeFileSync(join(page, 'one-form.ts'), onePage);
    const built = run(join(host, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', join(host, 'page-dist'), page], host);
    expect(built.status, built.out).toBe(0);
    const assets = join(host, 'page-dist', 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f)));
    const all = Buffer.concat(js);
    sizes.page = all.length;
    sizes.pageGzip = js.reduce((n, b) => n + gzipSync(b).length, 0);
    const text = all.toString('utf8');
    expect(text).toContain('tcm-expertise');
    for (const other of ['physician-exam-materials', 'health-qualification', 'physician-probation']) expect(text, other).not.toContain(`"${other}"`);
    expect(text).not.toContain('shicheng-pass');
  }, 300_000);
});
