/**
 * The runtime schema compiler: ajv as `createAjv` configures it, one shared instance. Loading this
 * module installs it for {@link compileForm} (Node loads it with `@shenbao/core`); a browser page
 * that gets definitions at run time loads it on first use (`<shenbao-form>` does), a page with
 * only precompiled validators never does — ajv's compiler stays out of its bundle.
 */
import { createAjv, type AjvInstance } from './ajv-setup.js';
import { useSchemaCompiler, type DataValidator, type SchemaCompiler } from './compile-form.js';
import { compileInParts } from './runtime-parts.js';
import { canValidateInParts } from './shape-parts.js';

let shared: AjvInstance | undefined;

/** One ajv compilation of the whole schema. */
const whole: SchemaCompiler = (schema) => (shared ??= createAjv()).compile(schema) as DataValidator;

/**
 * Compiles a schema with the shared ajv instance (2020-12, shenbao's formats and annotations): in
 * parts where the schema allows it, as a precompiled module is (runtime-parts.ts: the root and one
 * validator per top-level property, properties of one kind sharing one compilation; the result
 * carries `parts`), else whole.
 */
export const ajvCompiler: SchemaCompiler = (schema) => (canValidateInParts(schema) ? compileInParts(schema, whole) : whole(schema));

useSchemaCompiler(ajvCompiler);
