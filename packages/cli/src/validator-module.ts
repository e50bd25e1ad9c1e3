/**
 * The standalone (precompiled) validator module of a form definition: `prepareSchema(definition)`
 * compiled by core's `createAjv` and written out as plain ES module code (ajv's standalone output),
 * so a page under `Content-Security-Policy: script-src 'self'` can validate without `new Function`.
 * Used by `shenbao compile` and by scripts/gen-validators.ts (the built-in forms' validators).
 *
 * ajv's standalone output still `require`s what it needs at run time; every `require("…")` is
 * rewritten into an ES import from `@shenbao/core/standalone-formats`: the formats under their
 * names (just the ones the code reads, each by itself, when core exports each of them alone), and
 * ajv's runtime helpers (`ucs2length` …) from core's own ajv. An unknown `require` fails.
 * Per-property validators that are one code but for their key are written once, as a factory taking
 * the key (shared-parts.ts).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { canValidateInParts, createAjv, partSchema, prepareSchema, type FormDefinition, type JsonSchema } from '@shenbao/core';
import { formatExports } from '@shenbao/core/standalone-formats';
import { sharedParts } from './shared-parts.js';

/** The module the generated code imports its formats and ajv helpers from. */
export const formatsModule = '@shenbao/core/standalone-formats';

/** ajv runtime modules the standalone code may require → the export of `formatsModule` that holds them. */
export const runtimeExports: Readonly<Record<string, string>> = {
  'ajv/dist/runtime/ucs2length': 'ajvUcs2length',
  'ajv/dist/runtime/equal': 'ajvEqual',
  'ajv/dist/runtime/uri': 'ajvUri',
  'ajv/dist/runtime/validation_error': 'AjvValidationError',
};

// ajv itself, exactly the copy core compiles with (the repository root does not depend on ajv): the
// `_` code tag must come from the same codegen module, or the formats reference would be quoted as a string.
const fromCore = createRequire(fileURLToPath(import.meta.resolve('@shenbao/core/package.json')));
type Code = NonNullable<NonNullable<NonNullable<Parameters<typeof createAjv>[0]>['code']>['formats']>;
const { _ } = fromCore('ajv') as { _: (strings: TemplateStringsArray, ...values: unknown[]) => Code };
/** ajv's standalone code of compiled validators (one, or several by export name), from core's ajv. */
export const standaloneCode = (fromCore('ajv/dist/standalone') as { default: (ajv: unknown, validate: unknown) => string }).default;
/** The version of core's ajv, for the header of generated modules. */
export const ajvVersion = (fromCore('ajv/package.json') as { version: string }).version;

/**
 * The format names ajv's standalone code reads from `require("<specifier>")` (`….date`,
 * `…["cn-id"]`), or undefined when it uses the formats object any other way.
 */
function formatsUsed(code: string, specifier: string): string[] | undefined {
  const required = `require(${JSON.stringify(specifier)})`;
  const names = new Set<string>();
  let at = code.indexOf(required);
  while (at !== -1) {
    const rest = code.slice(at + required.length);
    const m = /^(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/.exec(rest);
    if (!m) return undefined;
    names.add(m[1] ?? (JSON.parse(m[2]!) as string));
    at = code.indexOf(required, at + required.length);
  }
  return [...names].sort();
}

/** Rewrites the `require("…")` calls of ajv's standalone output into ES imports (see the module comment). */
export function rewriteRequires(code: string): { imports: string[]; body: string } {
  const specifiers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
  const imports: string[] = [];
  const names = new Map<string, string>();
  specifiers.forEach((specifier, i) => {
    const name = `required${i}`;
    names.set(specifier, name);
    if (specifier === formatsModule) {
      const used = formatsUsed(code, specifier);
      if (used && used.length > 0 && used.every((format) => formatExports[format])) {
        // Just the formats the code reads, each by itself (a page then carries no other format, nor ajv-formats' table).
        imports.push(`import { ${used.map((format) => formatExports[format]).join(', ')} } from "${formatsModule}";`);
        imports.push(`const ${name} = { ${used.map((format) => `${JSON.stringify(format)}: ${formatExports[format]}`).join(', ')} };`);
      } else {
        // Its default export only: a namespace import would keep every runtime helper (ajv's URI library …) in a bundle.
        imports.push(`import ${name} from "${formatsModule}";`);
      }
    } else if (runtimeExports[specifier]) {
      // The code reads `require("ajv/dist/runtime/…").default`: give it the same shape.
      imports.push(`import { ${runtimeExports[specifier]} as runtime${i} } from "${formatsModule}";`, `const ${name} = { default: runtime${i} };`);
    } else {
      throw new Error(`ajv 的独立代码引用了未知模块“${specifier}”：请在 scripts/gen-validators.ts 与 core 的 standalone-formats 中加入它`);
    }
  });
  const body = code.replace(/^"use strict";/, '').replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => names.get(specifier)!);
  if (/\brequire\(/.test(body)) throw new Error('rewriting left a require( in the code');
  return { imports, body };
}

/**
 * The schemas of a definition's module: the whole prepared schema, or — when it can be validated in
 * parts (core's `canValidateInParts`) — a root schema (type, `additionalProperties`) and one schema
 * per top-level property (with its own `required`), exactly as core's `shapeParts` compiles them at
 * run time, so the module's `validate` (core's `composeParts`) equals the whole validator and a
 * keystroke re-validates only the property it changed.
 */
export function moduleSchemas(schema: JsonSchema): { whole: JsonSchema } | { root: JsonSchema; parts: [key: string, schema: JsonSchema][]; required: string[] } {
  if (!canValidateInParts(schema)) return { whole: schema };
  const s = schema as { required?: string[]; properties: Record<string, JsonSchema>; additionalProperties?: unknown; $defs?: unknown };
  const required = s.required ?? [];
  const keys = Object.keys(s.properties);
  const root: JsonSchema = { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, true])), ...(s.additionalProperties !== undefined ? { additionalProperties: s.additionalProperties } : {}) } as JsonSchema;
  const parts = keys.map((key): [string, JsonSchema] => [key, partSchema(schema, key)]);
  return { root, parts, required };
}

/** The generated validator module (JavaScript) of one definition. */
export function validatorModule(definition: FormDefinition, generator = 'scripts/gen-validators.ts', regenerate = 'run `pnpm gen:validators`'): string {
  const ajv = createAjv({ code: { source: true, esm: true, formats: _`require(${formatsModule})` } });
  const schemas = moduleSchemas(prepareSchema(definition));
  const head = [
    `// Generated by ${generator} from ${definition.id}/definition.json (version ${definition.version}) with ajv ${ajvVersion}.`,
    `// Do not edit: ${regenerate}. The precompiled validator of prepareSchema(definition), for pages`,
    "// under a strict Content-Security-Policy: compileForm(definition, { validator }) or <shenbao-form .validator>.",
    '/* eslint-disable */',
  ];
  if ('whole' in schemas) {
    const { imports, body } = rewriteRequires(standaloneCode(ajv, ajv.compile(schemas.whole)));
    return [...head, ...imports, body.trim(), ''].join('\n');
  }
  // Parts that are one code but for their key share it (shared-parts.ts): one factory per group.
  const verifier = createAjv({ code: { source: true, esm: true, formats: _`require(${formatsModule})` } });
  const shared = sharedParts(schemas.parts, (schema) => standaloneCode(verifier, verifier.compile(schema)));
  // One module, several exports (ajv shares the formats between them): the root and each property's validator.
  const names: Record<string, string> = { root: 'shenbao:root' };
  ajv.addSchema(schemas.root, 'shenbao:root');
  schemas.parts.forEach(([key, schema], i) => {
    if (shared.groupOf.has(key)) return;
    ajv.addSchema(schema, `shenbao:part${i}`);
    names[`part${i}`] = `shenbao:part${i}`;
  });
  const made = schemas.parts.flatMap(([key], i) => (shared.groupOf.has(key) ? [`export const part${i} = shared${shared.groupOf.get(key)}(${JSON.stringify(key)});`] : []));
  const { imports, body } = rewriteRequires([standaloneCode(ajv, names), ...shared.factories, ...made].join('\n'));
  const keys = schemas.parts.map(([key]) => key);
  const parts = keys.map((key, i) => `${JSON.stringify(key)}: part${i}`).join(', ');
  return [
    ...head,
    `// Whole: the root and each top-level property's validator composed (core's composeParts); \`validate.parts\` re-validates one property.`,
    ...imports,
    `import { composeParts } from "${formatsModule}";`,
    body.trim(),
    `export const validate = composeParts(root, { ${parts} }, ${JSON.stringify(schemas.required)}, ${JSON.stringify(keys)});`,
    'export default validate;',
    '',
  ].join('\n');
}

/** The type declarations beside each generated validator. */
export function validatorDeclarations(definition: FormDefinition, generator = 'scripts/gen-validators.ts', regenerate = 'run \`pnpm gen:validators\`'): string {
  return `// Generated by ${generator}. Do not edit: ${regenerate}.
/** The precompiled (standalone) ajv validator of the ${definition.id} form's prepared schema. */
declare const validate: import('@shenbao/core').DataValidator;
export { validate };
export default validate;
`;
}
