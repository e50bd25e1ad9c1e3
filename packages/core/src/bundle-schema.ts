/**
 * Shared schema pieces (a person, an education record, a certificate) live once in
 * `packages/forms/shared/*.json`; definitions point at them with a relative `$ref`
 * (`"../shared/education-record.json"`, which editors can follow). Bundling copies each used piece
 * into the definition's `$defs` and rewrites the refs to local ones, so ajv, the field index,
 * json-schema-to-ts and standalone code all see one self-contained schema.
 */
import type { FileProblem } from './check-definition.js';
import { escapeToken } from './json-pointer.js';
import type { FormDefinition, JsonSchema } from './types.js';

/** Shared schema files by file name (`person.json` → schema). */
export type SharedSchemas = Readonly<Record<string, JsonSchema>>;

/** The result of {@link bundleDefinition}. */
export interface BundleResult {
  definition: FormDefinition;
  problems: FileProblem[];
}

const SHARED_REF = /^(?:\.\.\/shared\/|\.\/)([a-z0-9][a-z0-9-]*\.json)(#.*)?$/;

/** The `$defs` key a shared file is bundled under (`education-record.json` → `shared-education-record`). */
export function sharedDefKey(file: string): string {
  return `shared-${file.replace(/\.json$/, '')}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Returns the definition with every shared `$ref` bundled into `schema.$defs` (and into
 * `context.$defs`). Unknown shared files are reported as problems with file and JSON Pointer.
 */
export function bundleDefinition(definition: FormDefinition, shared: SharedSchemas, file = '<definition>'): BundleResult {
  const problems: FileProblem[] = [];
  const bundleOne = (schema: JsonSchema, at: string): JsonSchema => {
    const root = JSON.parse(JSON.stringify(schema)) as JsonSchema;
    const defs: Record<string, unknown> = isObject(root.$defs) ? root.$defs : {};
    const pending: string[] = [];

    const rewrite = (node: unknown, pointer: string, ownKey?: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => rewrite(n, `${pointer}/${i}`, ownKey));
        return;
      }
      if (!isObject(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const match = SHARED_REF.exec(value);
          if (match) {
            const target = match[1]!;
            if (!Object.prototype.hasOwnProperty.call(shared, target)) {
              problems.push({ file, pointer: `${pointer}/$ref`, message: `共享结构“${target}”不存在（已有：${Object.keys(shared).join('、') || '无'}）` });
              continue;
            }
            const defKey = sharedDefKey(target);
            if (!(defKey in defs) && !pending.includes(defKey)) pending.push(target);
            node.$ref = `#/$defs/${defKey}${(match[2] ?? '#').slice(1)}`;
          } else if (ownKey && value.startsWith('#/')) {
            // A shared file's own local ref now lives under its $defs key.
            node.$ref = `#/$defs/${ownKey}${value.slice(1)}`;
          }
          continue;
        }
        rewrite(value, `${pointer}/${escapeToken(key)}`, ownKey);
      }
    };

    rewrite(root, at);
    for (let target = pending.shift(); target !== undefined; target = pending.shift()) {
      const defKey = sharedDefKey(target);
      if (defKey in defs) continue;
      const { $schema: _s, $id: _i, ...piece } = JSON.parse(JSON.stringify(shared[target])) as JsonSchema;
      defs[defKey] = piece;
      rewrite(piece, `${at}/$defs/${defKey}`, defKey);
    }
    if (Object.keys(defs).length) root.$defs = defs;
    return root;
  };

  const out: FormDefinition = { ...definition, schema: bundleOne(definition.schema, '/schema') };
  if (definition.context) out.context = bundleOne(definition.context, '/context');
  return { definition: out, problems };
}
