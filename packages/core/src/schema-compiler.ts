/**
 * The runtime schema compiler: ajv as `createAjv` configures it, one shared instance. Loading this
 * module installs it for {@link compileForm} (Node loads it with `@shenbao/core`); a browser page
 * that gets definitions at run time loads it on first use (`<shenbao-form>` does), a page with
 * only precompiled validators never does — ajv's compiler stays out of its bundle.
 */
import { createAjv, type AjvInstance } from './ajv-setup.js';
import { useSchemaCompiler, type DataValidator, type SchemaCompiler } from './compile-form.js';

let shared: AjvInstance | undefined;

/** Compiles a schema with the shared ajv instance (2020-12, shenbao's formats and annotations). */
export const ajvCompiler: SchemaCompiler = (schema) => (shared ??= createAjv()).compile(schema) as DataValidator;

useSchemaCompiler(ajvCompiler);
