/**
 * The parameters of every built-in issue code, one shape per code (as ajv types its errors'
 * `params`): `IssueParams<'maxLength'>` is `{ label: string; limit: number }`. Producers build them
 * with {@link createIssue}, so a code raised with other params does not compile. Rule packs raise
 * issues with codes of their own; those carry the pack's params and message.
 */
import type { DimensionLimits } from '../attachments/attachment-messages.js';

/** `{ label }`: the field, named as the form labels it. */
type Labelled = {
  label: string;
};

/** A limit from the schema (`minLength`, `maximum`, `maxItems` …). */
type Limited = Labelled & {
  limit: number;
};

/** How many files a slot holds against its limits. */
type SlotCount = Labelled & {
  min: number;
  max: number;
  count: number;
};

/** Params per issue code. */
export interface IssueParamsMap {
  required: Labelled;
  type: Labelled & { expected: string };
  format: Labelled & { format: string; formatLabel: string };
  minLength: Limited;
  maxLength: Limited;
  pattern: Labelled & { pattern: string };
  enum: Labelled & { allowed: readonly unknown[] };
  const: Labelled & { allowed: unknown };
  minimum: Limited;
  maximum: Limited;
  exclusiveMinimum: Limited;
  exclusiveMaximum: Limited;
  minItems: Limited;
  maxItems: Limited;
  uniqueItems: Labelled;
  additionalProperties: Labelled & { property: string };
  dictionary: Labelled & { value: unknown; dictionary: string };
  'attachment-min': SlotCount;
  'attachment-max': SlotCount;
  /** The file is not an accepted type (`detectedName` the short name of what it is), empty (`size: 0`) or damaged. */
  'attachment-type': { name: string; accept: readonly string[]; detected: string | null; detectedName: string | null; size?: 0; damaged?: true };
  'attachment-size': { name: string; size: number; maxBytes: number; sizeText: string; maxText: string; exclusive?: true };
  'attachment-dimensions': { name: string; width: number; height: number } & DimensionLimits;
  'attachment-pixels': { name: string; width: number; height: number; maxPixels: number };
  'attachment-orientation': { name: string; orientation: number };
  'unsafe-key': { key: string };
  'too-large': { what: 'nodes' | 'string' | 'array' | 'object'; length: number; limit: number };
  'too-deep': { limit: number; cycle?: true };
  'pack-conflict': { target: string; rules: string };
  'pack-error': { detail: string };
  'computed-mismatch': Labelled & { expected: unknown; actual: unknown };
  /** A schema keyword without a message of its own (`anyOf`, `contains` …). */
  schema: Labelled;
}

/** Machine-readable codes of the issues shenbao itself raises. */
export type IssueCode = keyof IssueParamsMap;

/** The params of an issue code. */
export type IssueParams<C extends IssueCode> = IssueParamsMap[C];
