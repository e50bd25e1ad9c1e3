/**
 * @shenbao/core — the DOM-free base of shenbao: form definitions and their meta-schema, ajv
 * validation with identity-document formats, issues with zh-CN/en messages, attachment checks,
 * the record lifecycle, dictionaries and masking.
 */
export type {
  AcceptedType,
  AttachmentRef,
  AttachmentPlace,
  AttachmentSlot,
  SampleDrawing,
  SlotSample,
  FormDefinition,
  Issue,
  IssueCode,
  JsonSchema,
  Layout,
  LayoutItem,
  LayoutSection,
  LayoutStep,
  Locale,
  Locales,
  LocalizedText,
} from './types.js';
export type { Condition, Effect, Expression, FactName, FactRef, LeafCondition, ListKeyParams, NestedCondition, OperatorName, PackParam, PackRule, ResolvedPack, RulePack, Scenario } from './pack-types.js';
export { requirementOf } from './pack-types.js';
export { createAjv, createMetaAjv, type AjvInstance } from './ajv-setup.js';
export { default as standaloneFormats, ajvEqual, ajvUcs2length, ajvUri, AjvValidationError } from './standalone-formats.js';
export {
  checkDefinition,
  formatProblem,
  locateProblems,
  metaProblems,
  type CheckDefinitionOptions,
  type CheckDefinitionResult,
  type FileProblem,
} from './check-definition.js';
export { bundleDefinition, type BundleResult, type SharedSchemas } from './bundle-schema.js';
export { compileForm, type CompileOptions, type CompiledForm, type DataValidator } from './compile-form.js';
export { ShapeParts, canValidateInParts, type PartIssues } from './shape-parts.js';
export {
  escapeToken,
  expandTemplate,
  formatPointer,
  getAt,
  joinPointer,
  matchesTemplate,
  parsePointer,
  setAt,
} from './json-pointer.js';
export {
  catalogOf,
  createIssue,
  displayValue,
  en,
  fillTemplate,
  formatIssue,
  isIssueCode,
  isLocale,
  ISSUE_CODES,
  issueMessage,
  localize,
  pluralText,
  registeredLocales,
  registerLocale,
  text,
  translation,
  zhCN,
  type Catalog,
  type IssueParams,
  type IssueParamsMap,
  type KeysUnder,
  type MessageArgs,
  type MessageKey,
  type MessageParams,
  type Placeholders,
  type PluralKey,
  type Translation,
} from './messages.js';
export { locatePointer, parseJson, type JsonSyntaxError, type ParseJsonResult, type TextLocation } from './parse-json.js';
export { prepareSchema, slotPath } from './prepare-schema.js';
export { sanitizeInput, type InputLimits, type SanitizeResult } from './sanitize.js';
export { isBlankText, isEmptyValue } from './blank-text.js';
export { indexSchema, labelFor, templateOf, type FieldInfo, type SchemaIndex } from './schema-index.js';
export * from './formats/index.js';
export {
  builtinDictionaries,
  countiesOf,
  createDictionaryRegistry,
  defineDictionary,
  dictionaryItem,
  documentTypeDictionary,
  educationLevelDictionary,
  ethnicityDictionary,
  genderCode,
  genderDictionary,
  hqLevelDictionary,
  hubeiCountyDictionary,
  physicianClassDictionary,
  physicianLevelDictionary,
  practiceScopeDictionary,
  studyFormDictionary,
  subjectDictionary,
  tcmCandidateTypeDictionary,
  teacherRoleDictionary,
  recordStatusDictionary,
  majorTypeDictionary,
  titleLevelDictionary,
  hqSpecialtyDictionary,
  type AbortSignalLike,
  type AsyncDictionary,
  type Dictionary,
  type DictionaryItem,
  type DictionaryRegistry,
} from './dictionaries/index.js';
export * from './mask.js';
export { maskData, type MaskedData } from './mask-data.js';
export * from './lifecycle.js';
export * from './attachments/index.js';
