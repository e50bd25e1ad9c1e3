/**
 * Issue 10 item 9: the React and Vue typings of the shenbao elements come from the manifest.
 * `pnpm manifest` writes them (so they are never stale): the files on disk are what the generator
 * makes of the current manifest; every public property and every event of `<shenbao-form>` is
 * typed; the generated files compile with `skipLibCheck: false` (the examples' own strict checks
 * are in examples/react and examples/vue).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHostTypes, hostElements, hostTypesDir, reactTypings, uiExports, vueHandler, vueTypings, type Manifest } from './gen-host-types.js';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/ui/custom-elements.json'), 'utf8')) as Manifest;

describe('React and Vue typings generated from custom-elements.json', () => {
  it('on disk are what the current manifest gives (pnpm manifest writes them)', () => {
    const fresh = generateHostTypes();
    expect(readFileSync(join(hostTypesDir, 'react.d.ts'), 'utf8')).toBe(fresh.react);
    expect(readFileSync(join(hostTypesDir, 'vue.d.ts'), 'utf8')).toBe(fresh.vue);
    expect(generateHostTypes()).toEqual(fresh);
  });

  it('type every public property and every event of <shenbao-form>, from the class itself', () => {
    const form = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'shenbao-form')!;
    const { react, vue } = generateHostTypes();
    const properties = (form.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
    expect(properties.map((p) => p.name)).toEqual(expect.arrayContaining(['definition', 'rules', 'value', 'context', 'lookup', 'mode']));
    for (const p of properties) {
      expect(react).toContain(`  ${p.name}?: ShenbaoForm['${p.name}'];`);
      expect(vue).toContain(`  ${p.name}?: ShenbaoForm['${p.name}'];`);
    }
    expect(react).toContain(`'onshenbao-input'?: (event: ShenbaoInputEvent) => void;`);
    expect(react).toContain(`'onshenbao-submit'?: (event: ShenbaoSubmitEvent) => void;`);
    expect(react).toContain(`'onchange'?: (event: ShenbaoChangeEvent) => void;`);
    expect(vue).toContain(`'onShenbaoInput'?: (event: ShenbaoInputEvent) => void;`);
    expect(react).toContain(`'shenbao-form': ElementProps<ShenbaoForm, ShenbaoFormProps>;`);
    expect(vue).toContain(`'shenbao-form': DefineComponent<ShenbaoFormProps>;`);
    expect(react).not.toMatch(/\bevaluation\?:|'ondetail'/);
  });

  it('reads public, writable fields and named events; types an event by its class, its map entry, or the native event', () => {
    const fake: Manifest = {
      modules: [
        {
          declarations: [
            {
              kind: 'class',
              name: 'ShenbaoForm',
              tagName: 'shenbao-form',
              customElement: true,
              description: 'A form.',
              members: [
                { kind: 'field', name: 'definition', description: 'The definition.' },
                { kind: 'field', name: '_step', privacy: 'private' },
                { kind: 'field', name: 'styles', static: true },
                { kind: 'field', name: 'evaluation', readonly: true },
                { kind: 'method', name: 'check' },
              ],
              events: [
                { name: 'detail', type: { text: 'ShenbaoInputEvent' } },
                { name: 'shenbao-input', type: { text: 'ShenbaoInputEvent' }, description: 'Each edit.' },
                { name: 'shenbao-evaluated', type: { text: 'CustomEvent' }, description: 'Evaluated.' },
                { name: 'input', description: 'Native.' },
              ],
            },
            { kind: 'class', name: 'NotAnElement' },
          ],
        },
      ],
    };
    const [form, ...rest] = hostElements(fake, new Set(['ShenbaoForm', 'ShenbaoInputEvent']));
    expect(rest).toEqual([]);
    expect(form!.properties.map((p) => p.name)).toEqual(['definition']);
    expect(form!.events.map((e) => [e.name, e.type])).toEqual([
      ['shenbao-input', 'ShenbaoInputEvent'],
      ['shenbao-evaluated', "EventOf<'shenbao-evaluated'>"],
      ['input', 'Event'],
    ]);
    expect(reactTypings([form!])).toContain(`import type { ShenbaoForm, ShenbaoInputEvent } from '@shenbao/ui';`);
    expect(vueTypings([form!])).toContain(`'onShenbaoEvaluated'?: (event: EventOf<'shenbao-evaluated'>) => void;`);
    expect(vueHandler('shenbao-open-document')).toBe('onShenbaoOpenDocument');
    expect(uiExports("export { A, type B } from './a.js';\nexport type { C as D } from './c.js';")).toEqual(new Set(['A', 'B', 'D']));
  });

  it('compile with skipLibCheck: false, and refuse wrong props and handlers (examples/react/typetest)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenbao-host-types-'));
    const config = join(dir, 'tsconfig.json');
    const react = join(root, 'examples/react');
    writeFileSync(config, JSON.stringify({ extends: join(react, 'tsconfig.json'), compilerOptions: { skipLibCheck: false }, include: [join(react, 'src'), join(react, 'typetest')] }));
    let out = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', config], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const errors = out.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.filter((line) => line.includes('packages/ui/hosts/') || line.includes('examples/react/src/'))).toEqual([]);
    const wrong = errors.filter((line) => line.includes('typetest/wrong-props.tsx'));
    const lines = readFileSync(join(react, 'typetest/wrong-props.tsx'), 'utf8').split('\n');
    const expected = lines.flatMap((line, i) => (line.includes('// expect-error') ? [i + 1] : []));
    expect(expected).toHaveLength(4);
    expect([...new Set(wrong.map((line) => Number(/\((\d+),/.exec(line)?.[1])))]).toEqual(expected);
  }, 180_000);
});
