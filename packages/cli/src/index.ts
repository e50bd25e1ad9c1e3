/**
 * @shenbao/cli — Node-only helpers: loading form folders from disk and the `shenbao` CLI.
 */
export { builtinFormsDir, formIds, loadForm, loadForms, maxFileBytes, readJsonFile, type FormBundle, type LoadedFile, type LoadFormOptions } from './load-forms.js';
export { runCli, type CliIO } from './cli.js';
export { ajvVersion, formatsModule, rewriteRequires, runtimeExports, standaloneCode, validatorDeclarations, validatorModule } from './validator-module.js';
