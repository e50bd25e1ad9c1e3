/**
 * The reference server's client runs in a browser: no module of src/client imports Node, the
 * server's runtime (Fastify, SQLite) or a server module but the types-only record-types.ts, and
 * that one imports nothing at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = new URL('./', import.meta.url);
const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** The module specifiers of a file, with whether each import is type-only. */
function importsOf(text: string): { from: string; typeOnly: boolean }[] {
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)].map((m) => ({ from: m[3]!, typeOnly: m[2] !== undefined }))
    .concat([...text.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => ({ from: m[1]!, typeOnly: false })));
}

describe('@shenbao/server-example/client is browser-safe', () => {
  it('finds the client modules', () => {
    expect(sources).toEqual(expect.arrayContaining(['index.ts', 'record-store.ts', 'server-uploader.ts', 'server-record.ts', 'server-credentials.ts']));
  });

  for (const file of sources) {
    it(`${file}: imports only @shenbao/* packages, its own modules and the server's record types`, () => {
      for (const { from, typeOnly } of importsOf(readFileSync(new URL(file, here), 'utf8'))) {
        const allowed = from.startsWith('./') || from === '../record-types.js' || ['@shenbao/core', '@shenbao/ui'].includes(from);
        expect(allowed, `${file} imports ${from}`).toBe(true);
        if (from === '../record-types.js' || from === '@shenbao/ui') expect(typeOnly, `${file}: ${from} is imported for its types only`).toBe(true);
      }
    });
  }

  it('record-types.ts imports nothing at run time', () => {
    const imports = importsOf(readFileSync(new URL('../record-types.ts', here), 'utf8'));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => !i.typeOnly)).toEqual([]);
  });
});
