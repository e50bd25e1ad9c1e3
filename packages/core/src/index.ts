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
export { checkDefinition, locateProblems, metaProblems, type CheckDefinitionOptions, type CheckDefinitionResult } from './check-definition.js';
export { formatProblem, type FileProblem } from './file-problem.js';
export { bundleDefinition, type BundleResult, type SharedSchemas } from './bundle-schema.js';
export { compileForm, useSchemaCompiler, NoSchemaCompilerError, type CompileOptions, type CompiledForm, type DataValidator, type SchemaCompiler } from './compile-form.js';
export { ajvCompiler } from './schema-compiler.js';
export { canValidateInParts, partSchema, type ShapeParts, type PartIssues } from './shape-parts.js';
export { escapeToken, expandTemplate, getAt, matchesTemplate, parsePointer, setAt } from './json-pointer.js';
export {
  catalogOf,
  createIssue,
  en,
  fillTemplate,
  formatIssue,
  loadLocale,
  localize,
  pendingLocale,
  pluralText,
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
export { parseJson, type JsonSyntaxError, type ParseJsonResult, type TextLocation } from './parse-json.js';
export { prepareSchema, slotPath } from './prepare-schema.js';
export { sanitizeInput, type InputLimits, type SanitizeResult } from './sanitize.js';
export { isBlankText, isEmptyValue } from './blank-text.js';
export { indexSchema, labelFor, templateOf, type FieldInfo, type SchemaIndex } from './schema-index.js';
export {
  findFormat,
  isCnId,
  isCnMobile,
  isCnResidencePermit,
  isHkMacauPermit,
  isMilitaryOfficer,
  isPassport,
  isTwPermit,
  parseCnId,
  type CnIdInfo,
  type FormatDefinition,
  type ResidencePermitRegion,
} from './formats/index.js';
export {
  createDictionaryRegistry,
  defineDictionary,
  genderCode,
  type AbortSignalLike,
  type AsyncDictionary,
  type Dictionary,
  type DictionaryItem,
  type DictionaryRegistry,
} from './dictionaries/index.js';
export { maskEmbeddedIds, maskForReader, maskId, maskPhone, maskValue, findEmbeddedIds, type EmbeddedId, type MaskKind } from './mask.js';
export { maskData, type MaskedData } from './mask-data.js';
export {
  actionLabel,
  allowedActions,
  createRecord,
  statusLabel,
  transition,
  type HistoryAction,
  type HistoryEntry,
  type LifecycleAction,
  type LifecycleActor,
  type LifecycleRecord,
  type LifecycleRefusalCode,
  type LifecycleRole,
  type RecordStatus,
  type TransitionInput,
  type TransitionResult,
} from './lifecycle.js';
export {
  acceptedTypesText,
  checkFile,
  checkRecordedFile,
  checkSlotCount,
  formatSize,
  recordedFileFits,
  sizeLimitText,
  type DimensionLimits,
  type FileCheckResult,
  type FileInfo,
  type SizeLimit,
  type SlotCountLimits,
} from './attachments/index.js';
